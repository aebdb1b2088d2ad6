# Pester 5. The supervisor's console (issue 23): names in Start's results, the whole floor, the 80-column table, and an
# empty answer that says why, against the local endpoint's default world (SupervisorWorld: 112 routing profiles).
Describe 'The supervisor''s console' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint

        function Get-OperationCount([string] $Path) {
            @(Get-Content -LiteralPath $endpoint.Log | Where-Object { $_ -like "* POST $Path*" }).Count
        }

        function Get-PlainTable([Parameter(ValueFromPipeline)] $InputObject, [int] $Width) {
            begin { $all = [System.Collections.Generic.List[object]]::new() }
            process { $all.Add($InputObject) }
            end {
                if ($PSStyle) { $rendering = $PSStyle.OutputRendering; $PSStyle.OutputRendering = 'PlainText' }
                try { ($all | Format-Table | Out-String -Width $Width) -split "`r?`n" | Where-Object { $_.Trim() } }
                finally { if ($PSStyle) { $PSStyle.OutputRendering = $rendering } }
            }
        }
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'shows both login names in the result''s default table when the pipeline started from names' {
        $results = Get-ConnectLiveContact -InstanceId $InstanceId -Agent jdoe | Start-ConnectContactMonitor -UserName jane.supervisor

        $results.UserName | Should -Be 'jane.supervisor'
        $results.AgentUsername | Should -Be 'jdoe'
        $results.QueueName | Should -Be 'Billing'
        $results.UserId | Should -Be $SupervisorId
        $lines = @($results | Get-PlainTable -Width 120)
        $lines[0] | Should -Match '^Agent\s+Queue\s+Supervisor\s+Capabilities\s+ContactId$'
        $lines[2] | Should -Match "^jdoe\s+Billing\s+jane\.supervisor\s+\(default\)\s+$($LiveContacts[0])$"
    }

    It 'keeps the names through Export-Csv, and the file pipes back in' {
        $csv = Join-Path $TestDrive 'named.csv'
        Get-ConnectLiveContact -InstanceId $InstanceId -Agent jdoe | Start-ConnectContactMonitor -UserName jane.supervisor |
            Export-Csv -LiteralPath $csv -NoTypeInformation

        $again = Import-Csv -LiteralPath $csv | Start-ConnectContactMonitor -ErrorAction Stop

        $again.ContactId | Should -Be $LiveContacts[0]
        $again.UserId | Should -Be $SupervisorId
        $again.AgentUsername | Should -Be 'jdoe'
        $again.QueueName | Should -Be 'Billing'
    }

    It 'leaves the supervisor''s login name empty with -UserId, looking nothing up' {
        $before = Get-OperationCount '/search-users'

        $result = Start-ConnectContactMonitor $LiveContacts[1] -InstanceId $InstanceId -UserId $SupervisorId

        $result.UserName | Should -BeNullOrEmpty
        (Get-OperationCount '/search-users') - $before | Should -Be 0
    }

    It 'shows the whole floor without a filter, in more than one GetCurrentUserData request, counted in -Verbose' {
        $before = Get-OperationCount '/metrics/userdata/'

        $floor = Get-ConnectLiveContact -InstanceId $InstanceId -Verbose 4>&1
        $contacts = @($floor | Where-Object { $_ -is [ConnectMonitor.LiveContact] })
        $verbose = @($floor | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

        # Every live contact once: bwong's (…003) comes from the second chunk of routing profiles; mgarcia's is ringing.
        $contacts.ContactId | Sort-Object | Should -Be $LiveContacts[0], $LiveContacts[1], $LiveContacts[2], $LiveContacts[3]
        (Get-OperationCount '/metrics/userdata/') - $before | Should -Be 2
        $verbose[-1].Message | Should -Match 'the whole floor: 112 routing profiles'
        $verbose[-1].Message | Should -Match '2 GetCurrentUserData \(2 filter chunks\)'
        $verbose[-1].Message | Should -Match '1 SearchRoutingProfiles'
    }

    It 'fits agent, queue, channel, state and time in 80 columns, and everything in 120' {
        $contacts = Get-ConnectLiveContact -InstanceId $InstanceId -Queue Claims

        $narrow = @($contacts | Get-PlainTable -Width 80)
        $wide = @($contacts | Get-PlainTable -Width 120)

        $narrow | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $narrow[0] | Should -Match '^Agent\s+Queue\s+Channel\s+State\s+Time\s+ContactId$'
        $narrow | Should -Contain ($narrow | Where-Object { $_ -match '^asmith\s+Claims\s+VOICE\s+CONNECTED\s+(\d+d\d\dh|\d+:\d\d(:\d\d)?)\s+c0000000' })
        $narrow | Where-Object { $_ -match '^klee\s+Claims\s+VOICE\s+ONHOLD\s' } | Should -HaveCount 1
        $wide | Where-Object { $_ -match "^asmith\s+Claims\s+VOICE\s+CONNECTED\s+\S+\s+$($LiveContacts[1])$" } | Should -HaveCount 1
        ($wide -join "`n") | Should -Not -Match '…'
        ($wide -join "`n") | Should -Not -Match $InstanceId
        ($contacts[0] | Format-List | Out-String -Width 200) | Should -Match "InstanceId\s+: $InstanceId"
    }

    It 'explains an empty answer in one warning: <Case>' -ForEach @(
        @{ Case = 'the agent is not logged in'; Agent = 'lou.loggedout'; Says = "agent 'lou.loggedout' is not logged in" }
        @{ Case = 'a ringing contact -State hides'; Agent = 'mgarcia'; Says = '1 CONNECTING \(ringing\); -State CONNECTED, CONNECTED_ONHOLD, CONNECTING shows it' }
    ) {
        $output = Get-ConnectLiveContact -InstanceId $InstanceId -Agent $Agent -WarningVariable warned -WarningAction SilentlyContinue

        $output | Should -BeNullOrEmpty
        $warned | Should -HaveCount 1
        "$warned" | Should -Match $Says
    }
}
