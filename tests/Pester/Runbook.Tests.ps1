# Pester 5. The runbook pattern as a scheduler runs it: docs/examples/Start-MonitoringRunbook.ps1 in a new,
# non-interactive shell (-File), against the local endpoint, judged by its exit code and the files and lines it writes.
Describe 'The scheduled-job runbook example' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint
        $runbook = Join-Path $RepositoryRoot 'docs/examples/Start-MonitoringRunbook.ps1'
        $DeniedSupervisorId = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a43'   # may not monitor: AccessDeniedException
        $MissingContact = 'c0000000-0000-4000-8000-000000000404'         # does not exist: ResourceNotFoundException

        function Invoke-Runbook {
            # Runs the runbook as a scheduler would (-NonInteractive -File); returns ExitCode, Output, Errors and Folder.
            param([object[]] $Row, [string] $Name, [string] $AssignmentsPath)
            $folder = Join-Path $TestDrive $Name
            $null = New-Item -ItemType Directory -Path $folder -Force
            if (-not $AssignmentsPath) {
                $AssignmentsPath = Join-Path $folder 'assignments.csv'
                $Row | Export-Csv -LiteralPath $AssignmentsPath -NoTypeInformation
            }
            $shell = Get-ShellCommand
            $leading = @($shell | Select-Object -Skip 1)
            $errorFile = Join-Path $folder 'stderr.txt'
            $output = & $shell[0] @leading -NoProfile -NonInteractive -File $runbook -InstanceId $InstanceId -AssignmentsPath $AssignmentsPath `
                -OutputFolder (Join-Path $folder 'out') -Module $ModuleManifest 2> $errorFile
            [pscustomobject]@{
                ExitCode = $LASTEXITCODE
                Output   = @($output | ForEach-Object { "$_" })
                Errors   = (Get-Content -LiteralPath $errorFile -Raw)
                Out      = Join-Path $folder 'out'
            }
        }

        function Row([string] $ContactId, [string] $UserId) { [pscustomobject]@{ ContactId = $ContactId; UserId = $UserId } }
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'starts the good rows, lists the failing ones in failed.csv and exits 1' {
        $rows = @(
            Row $LiveContacts[0] $SupervisorId
            Row $MissingContact $SupervisorId
            Row $LiveContacts[1] $OtherSupervisorId
            Row $LiveContacts[2] $DeniedSupervisorId
            Row $LiveContacts[3] $SupervisorId
        )

        $result = Invoke-Runbook -Row $rows -Name 'mixed'

        $result.ExitCode | Should -Be 1
        $result.Output[-1] | Should -BeLike '3 of 5 monitoring sessions started, 2 failed (see *failed.csv)'
        $started = @(Import-Csv -LiteralPath (Join-Path $result.Out 'started.csv'))
        $started.ContactId | Should -Be $LiveContacts[0], $LiveContacts[1], $LiveContacts[3]
        $started.UserId | Should -Be $SupervisorId, $OtherSupervisorId, $SupervisorId
        $failed = @(Import-Csv -LiteralPath (Join-Path $result.Out 'failed.csv'))
        $failed.ContactId | Should -Be $MissingContact, $LiveContacts[2]
        $failed.ErrorId | Should -Be 'ResourceNotFoundException', 'AccessDeniedException'
        $failed.Category | Should -Be 'ObjectNotFound', 'PermissionDenied'
        $failed | ForEach-Object { $_.Message | Should -Not -BeNullOrEmpty }
        $result.Errors | Should -BeNullOrEmpty
    }

    It 'exits 0 and writes no failed.csv when every row starts' {
        $result = Invoke-Runbook -Row @((Row $LiveContacts[4] $SupervisorId), (Row $LiveContacts[5] $OtherSupervisorId)) -Name 'good'

        $result.ExitCode | Should -Be 0
        $result.Output[-1] | Should -Be '2 of 2 monitoring sessions started, 0 failed'
        @(Import-Csv -LiteralPath (Join-Path $result.Out 'started.csv')).ContactId | Should -Be $LiveContacts[4], $LiveContacts[5]
        Join-Path $result.Out 'failed.csv' | Should -Not -Exist
    }

    It 'exits 2 with the reason on standard error when the run cannot work, and sends nothing' {
        $before = @(Get-Content -LiteralPath $endpoint.Log).Count

        $result = Invoke-Runbook -Name 'no-input' -AssignmentsPath (Join-Path $TestDrive 'no-such-file.csv')

        $result.ExitCode | Should -Be 2
        $result.Errors | Should -BeLike '*The runbook stopped:*no-such-file.csv*'
        @(Get-Content -LiteralPath $endpoint.Log).Count | Should -Be $before
    }
}
