# Pester 5. build.ps1's child shells: under pwsh run as a dotnet tool the process is the dotnet host, so a child shell
# must be started as dotnet + $PSHOME/pwsh.dll (build/ShellCommand.ps1); -Task Demo runs build/Start-DemoSession.ps1 so.
Describe 'build.ps1 child shells' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
    }

    It 'Get-ShellCommand starts this same PowerShell (same version and home), also as a dotnet tool' {
        $shell = Get-ShellCommand
        $leading = @($shell | Select-Object -Skip 1)

        $child = & $shell[0] @leading -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString(); $PSHOME'

        $LASTEXITCODE | Should -Be 0
        $child | Should -Be @($PSVersionTable.PSVersion.ToString(), $PSHOME)
    }

    It 'the demo session (build.ps1 -Task Demo after its build) runs in a child shell against the local endpoint' {
        $shell = Get-ShellCommand
        $leading = @($shell | Select-Object -Skip 1)

        $output = & $shell[0] @leading -NoProfile -NonInteractive -File (Join-Path $RepositoryRoot 'build/Start-DemoSession.ps1') -Configuration $Configuration 2>&1 | Out-String

        $LASTEXITCODE | Should -Be 0 -Because $output
        $output | Should -Match 'Local Amazon Connect endpoint listening on http://127\.0\.0\.1:'
        $output | Should -Match '(?m)^ +5b9c7\S* +SILENT_MONITOR,BARGE +c0000000-0'   # 80 columns: the contact id is cut
        $output | Should -Match '(?m)^jdoe +Billing +jane\.supervisor +\(default\) +c0000000-0'
        $output | Should -Match '(?m)^failed: c0000000-0000-4000-8000-000000000404 -> ResourceNotFoundException,ConnectMonitor\.Commands\.StartConnectContactMonitorCommand \(ObjectNotFound\)'
        $output | Should -Match '(?m)^# Every session started above'
    }

    Context 'the test run''s report' {
        BeforeAll {
            . (Join-Path $RepositoryRoot 'build/TestRun.ps1')   # Invoke-PesterSuite, Write-TestSummary
        }

        It 'a Pester that cannot be imported is reported as "did not start", not as a failed test, and fails the run' {
            $broken = Join-Path $TestDrive 'Pester.psd1'
            Set-Content -LiteralPath $broken -Value "@{ ModuleVersion = 'not a version' }"
            $xunit = [pscustomobject]@{ Name = 'xunit'; Passed = 3; Failed = 0; Skipped = 0; Problem = $null }

            $pester = Invoke-PesterSuite -Configuration $Configuration -PesterManifest $broken
            $lines = @(& { $script:summaryExit = Write-TestSummary -Xunit $xunit -Pester $pester } 6>&1 | ForEach-Object { "$_" })

            $pester.Problem | Should -BeLike "The Pester suite did not start: Pester could not be imported from $broken*"
            $pester.Failed | Should -Be 0
            $lines | Should -Contain 'Pester: did not run'
            $lines | Should -Contain "ERROR: $($pester.Problem)"
            $lines[-1] | Should -Be '3 passed, 0 failed'
            $script:summaryExit | Should -Be 1
        }

        It 'the closing line counts both suites, and any failure fails the run' {
            $xunit = [pscustomobject]@{ Name = 'xunit'; Passed = 5; Failed = 1; Skipped = 0; Problem = $null }
            $pester = [pscustomobject]@{ Name = 'Pester'; Passed = 7; Failed = 2; Skipped = 1; Problem = $null }

            $lines = @(& { $script:summaryExit = Write-TestSummary -Xunit $xunit -Pester $pester } 6>&1 | ForEach-Object { "$_" })

            $lines[-1] | Should -Be '12 passed, 3 failed'
            $script:summaryExit | Should -Be 1
        }
    }
}
