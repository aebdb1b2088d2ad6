# Pester 5. Arguments that break the parameters' rules (ValidateLength, ValidateNotNullOrEmpty) are rejected
# before anything is sent (capability names are checked per contact: RoundTrip.Tests.ps1).
Describe 'Start-ConnectContactMonitor parameter validation' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'rejects <Case> before sending, naming the parameter' -ForEach @(
        @{ Case = 'a contact id over 256 characters'; Parameter = @{ ContactId = 'c' * 257 } }
        @{ Case = 'an instance id over 100 characters'; Parameter = @{ InstanceId = 'i' * 101 } }
        @{ Case = 'a user id over 256 characters'; Parameter = @{ UserId = 'u' * 257 } }
        @{ Case = 'an empty user id'; Parameter = @{ UserId = '' } }
        @{ Case = 'a client token over 500 characters'; Parameter = @{ ClientToken = 't' * 501 } }
    ) {
        $contact = 'c0000000-0000-4000-8000-00000000000b'
        $arguments = @{ ContactId = $contact; InstanceId = $InstanceId; UserId = $SupervisorId }
        foreach ($name in $Parameter.Keys) { $arguments[$name] = $Parameter[$name] }

        $failure = { Start-ConnectContactMonitor @arguments } | Should -Throw -ErrorId "ParameterArgumentValidationError$CmdletErrorSuffix" -PassThru

        $failure.Exception | Should -BeOfType ([System.Management.Automation.ParameterBindingException])
        $failure.Exception.ParameterName | Should -Be @($Parameter.Keys)[0]
        Get-EndpointRequestLine -Endpoint $endpoint -ContactId $contact | Should -BeNullOrEmpty
    }

    It 'rejects an unknown region with the valid names, sending nothing' {
        $contact = 'c0000000-0000-4000-8000-00000000000c'

        $failure = { Start-ConnectContactMonitor $contact -InstanceId $InstanceId -UserId $SupervisorId -Region 'us-nowhere-1' -ErrorAction Stop } |
            Should -Throw -ErrorId "UnknownRegion$CmdletErrorSuffix" -PassThru

        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.TargetObject | Should -Be $contact
        $failure.Exception.Message | Should -Match 'eu-west-2'
        Get-EndpointRequestLine -Endpoint $endpoint -ContactId $contact | Should -BeNullOrEmpty
    }
}
