# Pester 5. The runbook round trip through files: a CSV of assignments in (Import-Csv), an audit file of results out
# (Export-Csv), read back and piped in again; the failed rows run again by piping the errors' TargetObject back in
# (README's recipe). With both answers a MonitorContact success may give: the supervisor's new monitoring contact (the
# endpoint's default, what Amazon Connect is believed to answer) and the monitored contact echoed.
Describe 'Start-ConnectContactMonitor with CSV files (the endpoint answers <Answer>)' -ForEach @(
    @{ Answer = 'monitoring-contact' }
    @{ Answer = 'echo' }
) {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive -Answer $Answer
        $endpoint = $run.Endpoint
        # pat.viewer: a user of the instance who may not monitor (AccessDeniedException for every contact).
        $deniedId = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a43'
        $missing = 'c0000000-0000-4000-8000-000000000404'

        # $LiveContacts[0] is in two rows: started for one supervisor, refused for the other.
        $assignments = Join-Path $TestDrive 'assignments.csv'
        @(
            [pscustomobject]@{ ContactId = $LiveContacts[0]; InstanceId = $InstanceId; UserId = $SupervisorId }
            [pscustomobject]@{ ContactId = $missing; InstanceId = $InstanceId; UserId = $SupervisorId }
            [pscustomobject]@{ ContactId = $LiveContacts[1]; InstanceId = $InstanceId; UserId = $OtherSupervisorId }
            [pscustomobject]@{ ContactId = $LiveContacts[0]; InstanceId = $InstanceId; UserId = $deniedId }
        ) | Export-Csv -LiteralPath $assignments -NoTypeInformation
        $audit = Join-Path $TestDrive 'audit.csv'
        $results = Import-Csv -LiteralPath $assignments | Start-ConnectContactMonitor -ErrorAction SilentlyContinue -ErrorVariable failures
        $results | Export-Csv -LiteralPath $audit -NoTypeInformation
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'gives one result per good row and one error per bad row, targeting that row as it came' {
        $results.ContactId | Should -Be @($LiveContacts[0], $LiveContacts[1])
        $failures | Should -HaveCount 2
        $failures.FullyQualifiedErrorId | Should -Be @("ResourceNotFoundException$CmdletErrorSuffix", "AccessDeniedException$CmdletErrorSuffix")
        $rows = Import-Csv -LiteralPath $assignments
        foreach ($i in 0..1) {
            $row = $rows[(1, 3)[$i]]
            $failures[$i].TargetObject.PSObject.Properties.Name | Should -Be @('ContactId', 'InstanceId', 'UserId')
            foreach ($name in 'ContactId', 'InstanceId', 'UserId') {
                $failures[$i].TargetObject.$name | Should -Be $row.$name -Because "TargetObject.$name of error $i"
                $failures[$i].Exception.$name | Should -Be $row.$name -Because "Exception.$name of error $i"
            }
        }
        Assert-MonitorContact -Result $results[0] -Endpoint $endpoint -ContactId $LiveContacts[0] -Answer $Answer
        Assert-MonitorContact -Result $results[1] -Endpoint $endpoint -ContactId $LiveContacts[1] -Answer $Answer
    }

    It 'writes an audit file that reads back with each result''s ids, region, request id, token and monitoring contact' {
        $readBack = @(Import-Csv -LiteralPath $audit)

        $readBack | Should -HaveCount 2
        foreach ($i in 0..1) {
            foreach ($name in 'ContactId', 'ContactArn', 'InstanceId', 'UserId', 'Region', 'RequestId', 'ClientToken', 'MonitorContactId', 'MonitorContactArn') {
                $readBack[$i].$name | Should -Be ([string]$results[$i].$name) -Because "column $name of row $i"
            }
        }
        $readBack[1].UserId | Should -Be $OtherSupervisorId
    }

    It 'the audit file feeds the cmdlet again (the started rows replayed) and monitors the original contacts, never the monitoring contacts' {
        $sentBefore = @{}
        foreach ($contact in $LiveContacts[0], $LiveContacts[1]) { $sentBefore[$contact] = @(Get-EndpointRequestLine -Endpoint $endpoint -ContactId $contact).Count }

        $again = Import-Csv -LiteralPath $audit | Start-ConnectContactMonitor

        $again.ContactId | Should -Be @($LiveContacts[0], $LiveContacts[1])
        $again.UserId | Should -Be @($SupervisorId, $OtherSupervisorId)
        foreach ($i in 0..1) {
            # The same ClientToken column: a replay of the first call, answering the same monitoring contact.
            Assert-MonitorContact -Result $again[$i] -Endpoint $endpoint -ContactId $LiveContacts[$i] -Answer $Answer
            $again[$i].MonitorContactId | Should -Be $results[$i].MonitorContactId
            @(Get-EndpointRequestLine -Endpoint $endpoint -ContactId $LiveContacts[$i]).Count - $sentBefore[$LiveContacts[$i]] | Should -Be 1
        }
        foreach ($monitoring in $results.MonitorContactId | Where-Object { $_ }) {
            Get-EndpointRequestLine -Endpoint $endpoint -ContactId $monitoring | Should -BeNullOrEmpty
        }
    }

    It 're-runs exactly the failed rows when their TargetObject is piped back in, also a contact that started in another row' {
        $sentBefore = @{}
        foreach ($contact in $LiveContacts[0], $LiveContacts[1], $missing) { $sentBefore[$contact] = @(Get-EndpointRequestLine -Endpoint $endpoint -ContactId $contact).Count }

        $again = $failures.TargetObject | Start-ConnectContactMonitor -ErrorAction SilentlyContinue -ErrorVariable failedAgain

        $again | Should -BeNullOrEmpty
        $failedAgain.FullyQualifiedErrorId | Should -Be $failures.FullyQualifiedErrorId
        $failedAgain.TargetObject.UserId | Should -Be @($SupervisorId, $deniedId)
        # One request for each failed row, none for the rows that started: $LiveContacts[0] only for the refused supervisor.
        $newLines = @(@(Get-EndpointRequestLine -Endpoint $endpoint -ContactId $LiveContacts[0]) | Select-Object -Skip $sentBefore[$LiveContacts[0]])
        $newLines | Should -HaveCount 1
        $newLines[0] | Should -Match 'status=403 error=AccessDeniedException'
        @(Get-EndpointRequestLine -Endpoint $endpoint -ContactId $missing).Count - $sentBefore[$missing] | Should -Be 1
        @(Get-EndpointRequestLine -Endpoint $endpoint -ContactId $LiveContacts[1]).Count - $sentBefore[$LiveContacts[1]] | Should -Be 0
        # Selecting rows by contact id instead would miss the refused row: its contact also started.
        (Import-Csv -LiteralPath $assignments | Where-Object ContactId -notin $results.ContactId).ContactId | Should -Be $missing
    }
}
