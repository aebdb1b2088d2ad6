<#
.SYNOPSIS
    Runs every tests/Pester/*.Tests.ps1 with the given Pester module (imported by path) and writes the counts to a JSON
    file. Started by build.ps1 -Task Test in a new PowerShell process.
.DESCRIPTION
    The JSON file says whether Pester started at all ("Started": false with a "Reason" when Pester could not be
    imported) and, when it ran, how many tests passed, failed and were skipped. Exit code: 0 all passed, 1 a test or a
    test file failed, 2 Pester could not start.
#>
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [Parameter(Mandatory)] [string] $ResultFile,
    [ValidateSet('Debug', 'Release')] [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'

function Write-Result([hashtable] $Result) {
    $Result | ConvertTo-Json | Set-Content -LiteralPath $ResultFile -Encoding utf8
}

try {
    Import-Module -Name $PesterManifest -Force
}
catch {
    Write-Result @{ Started = $false; Reason = "Pester could not be imported from ${PesterManifest}: $($_.Exception.Message)" }
    exit 2
}

# tests/Pester/TestSupport.ps1 imports the module folder of this configuration (out/<Configuration>/ConnectMonitor).
$env:CONNECTMONITOR_CONFIGURATION = $Configuration
$pesterConfiguration = New-PesterConfiguration
$pesterConfiguration.Run.Path = (Join-Path $PSScriptRoot '../tests/Pester')
$pesterConfiguration.Run.PassThru = $true
$pesterConfiguration.Output.Verbosity = 'Detailed'
if ([Console]::IsOutputRedirected) { $pesterConfiguration.Output.RenderMode = 'Plaintext' }   # CI logs: no colour codes
$run = Invoke-Pester -Configuration $pesterConfiguration

# A test file that fails before its tests are found counts as one failure; a failed BeforeAll already marks its tests
# failed; a failed AfterAll (every test passed) counts as one failure per block.
$failed = $run.FailedCount + $run.FailedContainersCount
if ($failed -eq 0 -and $run.Result -ne 'Passed') { $failed = [Math]::Max(1, $run.FailedBlocksCount) }
Write-Result @{
    Started = $true
    Version = (Get-Module Pester).Version.ToString()
    Passed  = $run.PassedCount
    Failed  = $failed
    Skipped = $run.SkippedCount + $run.NotRunCount + $run.InconclusiveCount
}
exit ([int]($failed -gt 0))
