# Pester 5. Arguments that break the parameters' rules (ValidateLength, ValidateNotNullOrEmpty) are rejected
# before anything is sent (capability names are checked per contact: RoundTrip.Tests.ps1). Every It is mirrored by an engine-hosted xunit test: see README.md in this folder.
Describe 'Start-ConnectContactMonitor parameter validation' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'rejects <Case> before sending' -ForEach @(
        @{ Case = 'a contact id over 256 characters'; Parameter = @{ ContactId = 'c' * 257 } }
        @{ Case = 'an instance id over 100 characters'; Parameter = @{ InstanceId = 'i' * 101 } }
        @{ Case = 'a user id over 256 characters'; Parameter = @{ UserId = 'u' * 257 } }
        @{ Case = 'an empty user id'; Parameter = @{ UserId = '' } }
        @{ Case = 'a client token over 500 characters'; Parameter = @{ ClientToken = 't' * 501 } }
    ) {
        $contact = 'c0000000-0000-4000-8000-00000000000b'
        $arguments = @{ ContactId = $contact; InstanceId = $InstanceId; UserId = $SupervisorId }
        foreach ($name in $Parameter.Keys) { $arguments[$name] = $Parameter[$name] }

        { Start-ConnectContactMonitor @arguments } | Should -Throw -ErrorId "ParameterArgumentValidationError$CmdletErrorSuffix"

        Get-EndpointRequestLine -Endpoint $endpoint -ContactId $contact | Should -BeNullOrEmpty
    }

    It 'rejects an unknown region with the valid names' {
        { Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId -Region 'us-nowhere-1' -ErrorAction Stop } |
            Should -Throw -ErrorId "UnknownRegion$CmdletErrorSuffix"
    }
}
