# Pester 5. Each service error is a per-item ErrorRecord (id, category, target); -ErrorAction Stop; credentials from a
# temp profile file. The local endpoint answers the first four errors from its world (a missing contact, a user without
# permission, an ended contact, a reused ClientToken) and the last three from --fault..
Describe 'Start-ConnectContactMonitor errors' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive -Fault @(
            'c-quota=ServiceQuotaExceededException'
            'c-throttled=ThrottlingException'
            'c-failing=InternalServiceException'
        )
        $endpoint = $run.Endpoint
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    Context 'service errors' {
        BeforeAll {
            # Uses the token once, so reusing it for another contact is an IdempotencyException.
            $null = Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId -ClientToken 'pester-reused-token'
        }

        It '<Code> is a per-item ErrorRecord in category <Category> targeting the contact' -ForEach @(
            @{ Code = 'ResourceNotFoundException'; Category = 'ObjectNotFound'; Contact = 'c0000000-0000-4000-8000-000000000404'; Parameter = @{} }
            @{ Code = 'AccessDeniedException'; Category = 'PermissionDenied'; Contact = 'c0000000-0000-4000-8000-000000000002'; Parameter = @{ UserId = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a43' } }
            @{ Code = 'InvalidRequestException'; Category = 'InvalidArgument'; Contact = 'c0000000-0000-4000-8000-0000000000e0'; Parameter = @{} }
            @{ Code = 'IdempotencyException'; Category = 'ResourceExists'; Contact = 'c0000000-0000-4000-8000-000000000003'; Parameter = @{ ClientToken = 'pester-reused-token' } }
            @{ Code = 'ServiceQuotaExceededException'; Category = 'QuotaExceeded'; Contact = 'c-quota'; Parameter = @{} }
            @{ Code = 'ThrottlingException'; Category = 'LimitsExceeded'; Contact = 'c-throttled'; Parameter = @{} }
            @{ Code = 'InternalServiceException'; Category = 'ResourceUnavailable'; Contact = 'c-failing'; Parameter = @{} }
        ) {
            $arguments = @{ InstanceId = $InstanceId; UserId = $SupervisorId }
            foreach ($name in $Parameter.Keys) { $arguments[$name] = $Parameter[$name] }

            # The contact as an argument, not piped: with piped input a command-line -ClientToken is turned into one token
            # per contact, and this case needs the reused token sent as it is.
            $result = Start-ConnectContactMonitor $Contact @arguments -ErrorAction SilentlyContinue -ErrorVariable failures

            $result | Should -BeNullOrEmpty
            $failures | Should -HaveCount 1
            $failures[0].FullyQualifiedErrorId | Should -Be "$Code$CmdletErrorSuffix"
            $failures[0].CategoryInfo.Category | Should -Be $Category
            $failures[0].TargetObject | Should -Be $Contact
            $failures[0].Exception.ErrorCode | Should -Be $Code
        }

        It 'goes on with the rest of the pipeline after a failed contact' {
            $contacts = $LiveContacts[3], 'c0000000-0000-4000-8000-000000000404', $LiveContacts[4]

            $results = $contacts | Start-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId -ErrorAction SilentlyContinue -ErrorVariable failures

            $results.ContactId | Should -Be @($LiveContacts[3], $LiveContacts[4])
            $failures | Should -HaveCount 1
        }
    }

    Context '-ErrorAction Stop' {
        It 'stops the pipeline at the first failure, keeping the results before it' {
            $contacts = $LiveContacts[5], 'c0000000-0000-4000-8000-000000000404', $LiveContacts[6]
            $received = [System.Collections.Generic.List[object]]::new()

            { $contacts | Start-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId -ErrorAction Stop | ForEach-Object { $received.Add($_) } } |
                Should -Throw -ErrorId "ResourceNotFoundException$CmdletErrorSuffix"

            $received.ContactId | Should -Be $LiveContacts[5]
            Get-EndpointRequestLine -Endpoint $endpoint -ContactId $LiveContacts[6] | Should -BeNullOrEmpty
        }
    }

    Context 'credentials from the temp profile file' {
        It 'signs with the default profile of AWS_SHARED_CREDENTIALS_FILE' {
            $env:AWS_SHARED_CREDENTIALS_FILE | Should -BeLike "$TestDrive*"

            $result = Start-ConnectContactMonitor $LiveContacts[7] -InstanceId $InstanceId -UserId $SupervisorId

            $result.ContactId | Should -Be $LiveContacts[7]
            Get-EndpointRequestLine -Endpoint $endpoint -ContactId $LiveContacts[7] | Should -Match "key=$TestAccessKeyId .*status=200"
        }

        It 'reports a wrong secret as an authentication error for the item' {
            $result = Start-ConnectContactMonitor $LiveContacts[8] -InstanceId $InstanceId -UserId $SupervisorId -ProfileName 'wrong-secret' -ErrorAction SilentlyContinue -ErrorVariable failures

            $result | Should -BeNullOrEmpty
            $failures[0].FullyQualifiedErrorId | Should -Be "InvalidSignatureException$CmdletErrorSuffix"
            $failures[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
            $failures[0].TargetObject | Should -Be $LiveContacts[8]
        }

        # A profile that does not exist (ProfileNotFound, nothing sent): tests/ConnectMonitor.Tests/CredentialAndRegionTests.cs
    }
}
