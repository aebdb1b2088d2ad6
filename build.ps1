#requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests and packages ConnectMonitor. A thin wrapper over the dotnet commands in the README.
.EXAMPLE
    ./build.ps1                 # Release build: lays out out/Release/ConnectMonitor
.EXAMPLE
    ./build.ps1 -Task Test      # dotnet test, then the Pester 5 suite in tests/Pester when Pester 5 is installed
.EXAMPLE
    ./build.ps1 -Task Demo      # build, start the local Connect endpoint, run the example session in PowerShell
.EXAMPLE
    ./build.ps1 -Task Package   # module folder + out/Release/ConnectMonitor.<version>.nupkg (Publish-Module/Install-Module layout)
.EXAMPLE
    ./build.ps1 -Task Clean
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# A child process of this same PowerShell (pwsh or Windows PowerShell): a module build already loaded in this session
# cannot be replaced, and the AWS SDK reads AWS_CONFIG_FILE once per process.
$shell = (Get-Process -Id $PID).Path

switch ($Task) {
    'Build' { Invoke-Dotnet build -c $Configuration }
    'Test'  {
        Invoke-Dotnet test
        $pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0' } | Select-Object -First 1
        if (-not $pester) {
            Write-Warning ('SKIPPED the Pester suite (tests/Pester): Pester 5 is not installed ' +
                '(Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser). dotnet test ran its engine-hosted mirrors.')
            return
        }
        Write-Host "Running the Pester suite in tests/Pester with Pester $($pester.Version)"
        & $shell -NoProfile -Command {
            Import-Module Pester -MinimumVersion 5.0
            $configuration = New-PesterConfiguration
            $configuration.Run.Path = 'tests/Pester'
            $configuration.Run.Exit = $true
            $configuration.Output.Verbosity = 'Detailed'
            Invoke-Pester -Configuration $configuration
        }
        if ($LASTEXITCODE -ne 0) { throw "The Pester suite failed ($LASTEXITCODE failed test(s))." }
    }
    'Demo'  {
        Invoke-Dotnet build -c $Configuration
        & $shell -NoProfile -Command {
            param($Root, $Configuration)
            $env:CONNECTMONITOR_CONFIGURATION = $Configuration
            . (Join-Path $Root 'tests/Pester/TestSupport.ps1')   # Start-/Stop-LocalConnectEndpoint
            $work = Join-Path ([System.IO.Path]::GetTempPath()) ('connectmonitor-demo-' + [guid]::NewGuid().ToString('n'))
            $null = New-Item -ItemType Directory -Path $work
            $endpoint = Start-LocalConnectEndpoint -WorkFolder $work
            try {
                Write-Host "Local Amazon Connect endpoint listening on $($endpoint.Url) (log: $($endpoint.Log))"
                & (Join-Path $Root 'demo/ConnectMonitor.Demo/demo-session.ps1') -EndpointUrl $endpoint.Url -ModulePath $ModuleManifest
            }
            finally {
                Stop-LocalConnectEndpoint -Endpoint $endpoint
                Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
            }
            exit 0   # the session's one expected per-item error must not count as a failed run
        } -args $PSScriptRoot, $Configuration
        if ($LASTEXITCODE -ne 0) { throw "The demo failed with exit code $LASTEXITCODE." }
    }
    'Package' {
        Invoke-Dotnet build src/ConnectMonitor.Package/ConnectMonitor.Package.csproj -c $Configuration
        Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot "out/$Configuration") -Filter 'ConnectMonitor.*.nupkg'
    }
    'Clean' {
        Invoke-Dotnet clean -c $Configuration
        Remove-Item -LiteralPath (Join-Path $PSScriptRoot 'out') -Recurse -Force -ErrorAction SilentlyContinue
    }
}
