# Pester 5. The runbook round trip through files: a CSV of assignments in (Import-Csv), an audit file of results out
# (Export-Csv), read back.
Describe 'Start-ConnectContactMonitor with CSV files' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint

        $assignments = Join-Path $TestDrive 'assignments.csv'
        @(
            [pscustomobject]@{ ContactId = $LiveContacts[0]; InstanceId = $InstanceId; UserId = $SupervisorId }
            [pscustomobject]@{ ContactId = 'c0000000-0000-4000-8000-000000000404'; InstanceId = $InstanceId; UserId = $SupervisorId }
            [pscustomobject]@{ ContactId = $LiveContacts[1]; InstanceId = $InstanceId; UserId = $OtherSupervisorId }
        ) | Export-Csv -LiteralPath $assignments -NoTypeInformation
        $audit = Join-Path $TestDrive 'audit.csv'
        $results = Import-Csv -LiteralPath $assignments | Start-ConnectContactMonitor -ErrorAction SilentlyContinue -ErrorVariable failures
        $results | Export-Csv -LiteralPath $audit -NoTypeInformation
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'gives one result per good row and one error per bad row, targeting that row''s contact' {
        $results.ContactId | Should -Be @($LiveContacts[0], $LiveContacts[1])
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -Be "ResourceNotFoundException$CmdletErrorSuffix"
        $failures[0].TargetObject | Should -Be 'c0000000-0000-4000-8000-000000000404'
    }

    It 'writes an audit file that reads back with each result''s ids, region, request id and token' {
        $readBack = @(Import-Csv -LiteralPath $audit)

        $readBack | Should -HaveCount 2
        foreach ($i in 0..1) {
            foreach ($name in 'ContactId', 'ContactArn', 'InstanceId', 'UserId', 'Region', 'RequestId', 'ClientToken') {
                $readBack[$i].$name | Should -Be ([string]$results[$i].$name) -Because "column $name of row $i"
            }
        }
        $readBack[1].UserId | Should -Be $OtherSupervisorId
    }

    It 'the audit file feeds the cmdlet again (the failed rows retried, the done ones replayed)' {
        $again = Import-Csv -LiteralPath $audit | Start-ConnectContactMonitor

        $again.ContactId | Should -Be @($LiveContacts[0], $LiveContacts[1])
    }
}
