# Pester 5. What a user pipes in from a real shell: CSV cells are trimmed, objects that carry no contact are an error
# for that object (never their text sent as a contact id), and a key that would add a header is refused.
# Import-Csv, Get-Date, Get-Item and Get-Process exist only in a real pwsh; the same classes of input, built as
# [pscustomobject]s and .NET objects, run through the engine-hosted bad-input table (see README.md in this folder).
Describe 'Start-ConnectContactMonitor input hygiene' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'trims padded CSV cells and sends the ids without the padding' {
        $csv = Join-Path $TestDrive 'padded.csv'
        Set-Content -LiteralPath $csv -Value @('ContactId,InstanceId,UserId', "  $($LiveContacts[6])  , $InstanceId ,$SupervisorId ")

        $result = Import-Csv -LiteralPath $csv | Start-ConnectContactMonitor

        $result.ContactId | Should -Be $LiveContacts[6]
        $result.InstanceId | Should -Be $InstanceId
    }

    It 'rejects an Import-Csv row whose header says Contact, naming its columns, and sends nothing' {
        $csv = Join-Path $TestDrive 'contact-header.csv'
        Set-Content -LiteralPath $csv -Value @('Contact,InstanceId', "$($LiveContacts[7]),$InstanceId")

        $results = Import-Csv -LiteralPath $csv | Start-ConnectContactMonitor -UserId $SupervisorId -ErrorVariable failed -ErrorAction SilentlyContinue

        $results | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be "NoContactProperty$CmdletErrorSuffix"
        $failed[0].Exception.Message | Should -BeLike '*Contact, InstanceId*'
        Get-EndpointRequestLine -Endpoint $endpoint -ContactId $LiveContacts[7] | Should -BeNullOrEmpty
    }

    It 'gives <Kind> piped in one NoContactProperty error and goes on with the next input' -ForEach @(
        @{ Kind = 'a date'; Make = { Get-Date } }
        @{ Kind = 'a file'; Make = { Get-Item -LiteralPath $PSCommandPath } }
        @{ Kind = 'a process'; Make = { Get-Process -Id $PID } }
        @{ Kind = 'a hashtable'; Make = { @{ ContactId = 'c-not-sent' } } }
    ) {
        $before = @(Get-Content -LiteralPath $endpoint.Log).Count
        $inputs = @((& $Make), $LiveContacts[8])

        $results = $inputs | Start-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId -ErrorVariable failed -ErrorAction SilentlyContinue

        $results.ContactId | Should -Be $LiveContacts[8]
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be "NoContactProperty$CmdletErrorSuffix"
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        # Whatever reached the endpoint since is the good contact only.
        @(Get-Content -LiteralPath $endpoint.Log) | Select-Object -Skip $before |
            Where-Object { $_ -notlike "* contact=$($LiveContacts[8]) *" } | Should -BeNullOrEmpty
    }

    It 'refuses an -AccessKey with CR/LF before sending' {
        $contact = $LiveContacts[5]

        { Start-ConnectContactMonitor $contact -InstanceId $InstanceId -UserId $SupervisorId -AccessKey "AKID`r`nX-Injected: yes" -SecretKey 'secret' -ErrorAction Stop } |
            Should -Throw -ErrorId "InvalidCredentials$CmdletErrorSuffix"

        Get-EndpointRequestLine -Endpoint $endpoint -ContactId $contact | Should -BeNullOrEmpty
    }
}
