<#
.SYNOPSIS
    build.ps1 -Task Demo, in a new PowerShell process: starts the local Connect endpoint (built with the solution),
    runs demo/ConnectMonitor.Demo/demo-session.ps1 against it with the module of the given configuration, stops it.
#>
param([ValidateSet('Debug', 'Release')] [string] $Configuration = 'Release')

$ErrorActionPreference = 'Stop'
$env:CONNECTMONITOR_CONFIGURATION = $Configuration
. (Join-Path $PSScriptRoot '../tests/Pester/TestSupport.ps1')   # Start-/Stop-LocalConnectEndpoint, $ModuleManifest

$work = Join-Path ([System.IO.Path]::GetTempPath()) ('connectmonitor-demo-' + [guid]::NewGuid().ToString('n'))
$null = New-Item -ItemType Directory -Path $work
$endpoint = Start-LocalConnectEndpoint -WorkFolder $work
try {
    Write-Host "Local Amazon Connect endpoint listening on $($endpoint.Url) (log: $($endpoint.Log))"
    & (Join-Path $RepositoryRoot 'demo/ConnectMonitor.Demo/demo-session.ps1') -EndpointUrl $endpoint.Url -ModulePath $ModuleManifest
}
finally {
    Stop-LocalConnectEndpoint -Endpoint $endpoint
    Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
}
exit 0   # the session's one expected per-item error must not count as a failed run
