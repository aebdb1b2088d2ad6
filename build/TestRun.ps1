# Dot-sourced by build.ps1: the two halves of -Task Test (the xunit projects, the Pester suite on a real PowerShell)
# and the closing "N passed, N failed" line that counts both. Each half returns Name, Passed, Failed, Skipped and
# Problem: why it could not run or could not be counted (never reported as a test failure).

function Invoke-XunitProjects {
    <# dotnet test of the solution's test projects, on the build that is already there; counts from their TRX files. #>
    param([Parameter(Mandatory)] [string] $Configuration)
    $results = Join-Path (Split-Path -Parent $PSScriptRoot) "TestResults/$Configuration"
    Remove-Item -LiteralPath $results -Recurse -Force -ErrorAction SilentlyContinue
    & dotnet test -c $Configuration --no-build --logger trx --results-directory $results | Out-Host
    $exitCode = $LASTEXITCODE

    $suite = [pscustomobject]@{ Name = 'xunit'; Passed = 0; Failed = 0; Skipped = 0; Problem = $null }
    $files = @(Get-ChildItem -LiteralPath $results -Filter '*.trx' -Recurse -ErrorAction SilentlyContinue)
    foreach ($file in $files) {
        $counters = ([xml](Get-Content -LiteralPath $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $suite.Passed += [int]$counters.passed
        $suite.Failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $suite.Skipped += [int]$counters.notExecuted
    }
    if ($files.Count -eq 0) {
        $suite.Problem = "dotnet test (exit code $exitCode) wrote no test results: the xunit projects did not run."
    }
    elseif ($exitCode -ne 0 -and $suite.Failed -eq 0) {
        $suite.Problem = "dotnet test ended with exit code $exitCode without a failed test: a test host crashed or a project did not run."
    }
    $suite
}

function Invoke-PesterSuite {
    <# Every tests/Pester/*.Tests.ps1, with the pinned Pester (restored by the build from NuGet, imported by path), in
       a new process of this same PowerShell. #>
    param(
        [Parameter(Mandatory)] [string] $Configuration,
        # Pester.psd1 to import; by default the pinned one restored by tests/Pester.Restore.
        [string] $PesterManifest
    )
    $suite = [pscustomobject]@{ Name = 'Pester'; Passed = 0; Failed = 0; Skipped = 0; Problem = $null }

    $restore = Join-Path (Split-Path -Parent $PSScriptRoot) 'tests/Pester.Restore/Pester.Restore.csproj'
    $manifest = $PesterManifest
    if (-not $manifest) {
        $manifest = & dotnet msbuild $restore -nologo -getProperty:PesterManifest
        if ($LASTEXITCODE -ne 0) { $manifest = $null }
    }
    if (-not $manifest -or -not (Test-Path -LiteralPath $manifest)) {
        $suite.Problem = "The Pester suite did not start: the pinned Pester is not restored (expected '$manifest'; run 'dotnet restore $restore')."
        return $suite
    }

    $resultFile = Join-Path ([System.IO.Path]::GetTempPath()) ('connectmonitor-pester-' + [guid]::NewGuid().ToString('n') + '.json')
    try {
        $exitCode = Invoke-ShellScript -Path (Join-Path $PSScriptRoot 'Invoke-PesterSuite.ps1') `
            -Arguments '-PesterManifest', $manifest, '-ResultFile', $resultFile, '-Configuration', $Configuration
        if (-not (Test-Path -LiteralPath $resultFile)) {
            $suite.Problem = "The Pester suite did not start: the PowerShell process ($((Get-ShellCommand) -join ' ')) ended with exit code $exitCode before Pester reported."
            return $suite
        }
        $counts = Get-Content -LiteralPath $resultFile -Raw | ConvertFrom-Json
    }
    finally {
        Remove-Item -LiteralPath $resultFile -ErrorAction SilentlyContinue
    }

    if (-not $counts.Started) {
        $suite.Problem = "The Pester suite did not start: $($counts.Reason)"
        return $suite
    }
    $suite.Name = "Pester $($counts.Version) on PowerShell $($PSVersionTable.PSVersion)"
    $suite.Passed = [int]$counts.Passed
    $suite.Failed = [int]$counts.Failed
    $suite.Skipped = [int]$counts.Skipped
    if ($suite.Passed + $suite.Failed + $suite.Skipped -eq 0) {
        $suite.Problem = 'The Pester suite found no tests in tests/Pester.'
    }
    elseif ($exitCode -ne 0 -and $suite.Failed -eq 0) {
        $suite.Problem = "The Pester process ended with exit code $exitCode without a failed test."
    }
    $suite
}

function Write-TestSummary {
    <# One line per suite, what kept a suite from running, then the closing line "N passed, N failed" (both suites).
       Returns the exit code: 0 only when every suite ran and nothing failed. #>
    param($Xunit, $Pester, [string] $Problem)
    $suites = @($Xunit, $Pester | Where-Object { $_ })
    Write-Host ''
    foreach ($suite in $suites) {
        if ($suite.Problem -and $suite.Passed + $suite.Failed + $suite.Skipped -eq 0) { Write-Host "$($suite.Name): did not run"; continue }
        Write-Host ('{0}: passed {1}, failed {2}, skipped {3}' -f $suite.Name, $suite.Passed, $suite.Failed, $suite.Skipped)
    }
    $problems = @(@($Problem) + @($suites | ForEach-Object { $_.Problem }) | Where-Object { $_ })
    foreach ($line in $problems) { Write-Host "ERROR: $line" }

    $passed = ($suites | Measure-Object -Property Passed -Sum).Sum
    $failed = ($suites | Measure-Object -Property Failed -Sum).Sum
    Write-Host ('{0} passed, {1} failed' -f [int]$passed, [int]$failed)
    if ($failed -gt 0 -or $problems.Count -gt 0) { 1 } else { 0 }
}
