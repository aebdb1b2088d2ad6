# Pester 5. How Start-ConnectContactMonitor takes its input: by value, by property name (Import-Csv), ARNs, -WhatIf.
Describe 'Start-ConnectContactMonitor pipeline input' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    Context 'by value' {
        It 'gives one result per piped contact id, in order' {
            $contacts = $LiveContacts[0..2]

            $results = $contacts | Start-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId

            $results.ContactId | Should -Be $contacts
        }

        It 'takes a contact ARN, which supplies the instance and region' {
            $contact = $LiveContacts[3]
            $arn = "arn:aws:connect:eu-west-2:123456789012:instance/$InstanceId/contact/$contact"

            $result = $arn | Start-ConnectContactMonitor -UserId $SupervisorId

            $result.ContactId | Should -Be $contact
            $result.InstanceId | Should -Be $InstanceId
            $result.Region | Should -Be 'eu-west-2'
        }
    }

    Context 'by property name' {
        It 'binds every parameter from object properties' {
            $rows = @(
                [pscustomobject]@{ ContactId = $LiveContacts[4]; InstanceId = $InstanceId; UserId = $SupervisorId; AllowedMonitorCapabilities = 'silent_monitor' }
                [pscustomobject]@{ ContactId = $LiveContacts[5]; InstanceId = $InstanceId; UserId = $OtherSupervisorId; AllowedMonitorCapability = 'SILENT_MONITOR', 'BARGE'; ClientToken = 'pester-binding-token' }
            )

            $results = $rows | Start-ConnectContactMonitor

            $results[0].AllowedMonitorCapabilities | Should -Be 'SILENT_MONITOR'
            $results[1].UserId | Should -Be $OtherSupervisorId
            $results[1].AllowedMonitorCapabilities | Should -Be @('SILENT_MONITOR', 'BARGE')
            $results[1].ClientToken | Should -Be 'pester-binding-token'
        }

        It 'takes a contact/supervisor file through Import-Csv' {
            $file = Join-Path $TestDrive 'assignments.csv'
            Set-Content -LiteralPath $file -Value @(
                'ContactId,InstanceId,UserId,AllowedMonitorCapabilities'
                "$($LiveContacts[6]),$InstanceId,$SupervisorId,SILENT_MONITOR"
                "$($LiveContacts[7]),$InstanceId,$OtherSupervisorId,BARGE"
            )

            $results = Import-Csv -LiteralPath $file | Start-ConnectContactMonitor

            $results | Should -HaveCount 2
            $results.ContactId | Should -Be $LiveContacts[6..7]
            $results.UserId | Should -Be @($SupervisorId, $OtherSupervisorId)
            $results[1].AllowedMonitorCapabilities | Should -Be 'BARGE'
        }

        It 'binds the Arn of objects that carry both Id and Arn (Search-CONNContact output)' {
            $contact = $LiveContacts[8]
            $found = [pscustomobject]@{ Id = $contact; Arn = "arn:aws:connect:us-east-1:123456789012:instance/$InstanceId/contact/$contact" }

            $result = $found | Start-ConnectContactMonitor -UserId $SupervisorId

            $result.ContactId | Should -Be $contact
            $result.InstanceId | Should -Be $InstanceId
        }

        It 'rejects an ARN that disagrees with -InstanceId, for that item only' {
            $arn = "arn:aws:connect:us-east-1:123456789012:instance/$InstanceId/contact/$($LiveContacts[0])"

            $result = $arn | Start-ConnectContactMonitor -InstanceId 'another-instance' -UserId $SupervisorId -ErrorAction SilentlyContinue -ErrorVariable failures

            $result | Should -BeNullOrEmpty
            $failures | Should -HaveCount 1
            $failures[0].FullyQualifiedErrorId | Should -Be "InstanceIdConflict$CmdletErrorSuffix"
            $failures[0].TargetObject | Should -Be $arn
        }
    }

    Context '-WhatIf' {
        It 'sends nothing and returns nothing' {
            $contact = 'c0000000-0000-4000-8000-00000000000a'

            $result = $contact | Start-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId -WhatIf

            $result | Should -BeNullOrEmpty
            Get-EndpointRequestLine -Endpoint $endpoint -ContactId $contact | Should -BeNullOrEmpty
        }
    }
}
