# Pester 5. The supervisor's whole task at a prompt: name people, find the live calls, monitor them (issue 15's three
# command lines), against the local endpoint's default world (tools/ConnectMonitor.ConnectDouble/SupervisorWorld.cs).
Describe 'The supervisor workflow' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint
        $instance = $InstanceId

        function Get-OperationCount([string] $Path) {
            @(Get-Content -LiteralPath $endpoint.Log | Where-Object { $_ -like "* POST $Path *" }).Count
        }
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'monitors the call agent jdoe is on as jane.supervisor, looking each name up once' {
        $searchesBefore = Get-OperationCount '/search-users'

        $results = Get-ConnectLiveContact -InstanceId $instance -Agent jdoe | Start-ConnectContactMonitor -UserName jane.supervisor

        $results.ContactId | Should -Be $LiveContacts[0]
        $results.UserId | Should -Be $SupervisorId
        $results.InstanceId | Should -Be $instance
        # One SearchUsers for jdoe, one for jane.supervisor (agent login names of the contacts are already known).
        (Get-OperationCount '/search-users') - $searchesBefore | Should -Be 2
    }

    It 'monitors every live voice call in two queues with barge allowed' {
        $results = Get-ConnectLiveContact -InstanceId $instance -Queue 'Billing', 'Claims' -Channel VOICE |
            Start-ConnectContactMonitor -UserName jane.supervisor -AllowedMonitorCapability SILENT_MONITOR, BARGE

        # …001 jdoe (Billing), …002 asmith (Claims), …004 klee (Claims, on hold); bwong's chat and mgarcia's ringing call are not.
        $results.ContactId | Sort-Object | Should -Be $LiveContacts[0], $LiveContacts[1], $LiveContacts[3]
        $results | ForEach-Object { $_.AllowedMonitorCapabilities -join ',' } | Sort-Object -Unique | Should -Be 'SILENT_MONITOR,BARGE'
        $results.UserId | Sort-Object -Unique | Should -Be $SupervisorId
    }

    It 'shows my team''s live contacts as a table' {
        $contacts = Get-ConnectLiveContact -InstanceId $instance -HierarchyGroup 'Team North'
        $table = $contacts | Format-Table | Out-String -Width 200

        $contacts.AgentUsername | Sort-Object | Should -Be 'asmith', 'jdoe'
        $table | Should -Match "jdoe +Billing +VOICE +CONNECTED +\S+ +$($LiveContacts[0])"
    }

    It 'finds the contacts of a routing profile, by name or by id alike' {
        $byName = Get-ConnectLiveContact -InstanceId $instance -RoutingProfile 'Claims Team'
        $byId = Get-ConnectLiveContact -InstanceId $instance -RoutingProfile 'd0000000-0000-4000-8000-0000000000d2'

        $byName.ContactId | Should -Be $LiveContacts[3]
        $byName.State | Should -Be 'CONNECTED_ONHOLD'
        $byId.ContactId | Should -Be $byName.ContactId
    }

    It 'writes one NameNotFound error per contact for an unknown supervisor name, saying how to find it, after one lookup' {
        $searchesBefore = Get-OperationCount '/search-users'

        $results = $LiveContacts[0..1] | Start-ConnectContactMonitor -InstanceId $instance -UserName jane.sup -ErrorAction SilentlyContinue -ErrorVariable failed

        $results | Should -BeNullOrEmpty
        $failed.Count | Should -Be 2
        $failed[0].FullyQualifiedErrorId | Should -Be "NameNotFound$CmdletErrorSuffix"
        $failed[0].TargetObject | Should -Be $LiveContacts[0]
        $failed[0].Exception.Message | Should -Match 'search-users'
        (Get-OperationCount '/search-users') - $searchesBefore | Should -Be 1
    }

    It 'gives live-contact objects no property that binds to the supervisor parameters' {
        $contact = Get-ConnectLiveContact -InstanceId $instance -Agent jdoe
        $parameters = (Get-Command Start-ConnectContactMonitor).Parameters
        $supervisorNames = foreach ($name in 'UserId', 'UserName') { $name; $parameters[$name].Aliases }

        $contact.PSObject.Properties.Name | Where-Object { $_ -in $supervisorNames } | Should -BeNullOrEmpty
        $contact.AgentId | Should -Not -BeNullOrEmpty
    }

    It 'throws name errors a script catches as the module''s own exception types' {
        $caught = try {
            Get-ConnectLiveContact -InstanceId $instance -Queue 'No Such Queue' -ErrorAction Stop
            'not caught'
        } catch [ConnectMonitor.ContactMonitorException] { $_ }
        $ambiguous = try {
            Get-ConnectLiveContact -InstanceId $instance -HierarchyGroup 'Team East' -ErrorAction Stop
            'not caught'
        } catch [ConnectMonitor.ContactMonitorNameException] { $_ }

        $caught.FullyQualifiedErrorId | Should -Be 'NameNotFound,ConnectMonitor.Commands.GetConnectLiveContactCommand'
        $caught.Exception.Name | Should -Be 'No Such Queue'
        $caught.Exception.ResourceKind | Should -Be 'queue'
        $ambiguous.Exception.ErrorId | Should -Be 'AmbiguousName'
    }

    It 'shows a contact read through -EndpointUrl with where it came from, and the standard endpoint with nothing' {
        $custom = Get-ConnectLiveContact -InstanceId $instance -Agent jdoe -EndpointUrl $endpoint.Url
        $standard = Get-ConnectLiveContact -InstanceId $instance -Agent jdoe

        $custom.EndpointUrl | Should -Be $endpoint.Url
        $standard.PSObject.Properties.Name | Should -Not -Contain 'EndpointUrl'
        ($custom | Format-Table | Out-String -Width 120) | Should -Match $LiveContacts[0]
    }

    It 'says which parameters are alternatives when given <Given>, and sends nothing' -ForEach @(
        @{ Given = '-Queue and -Agent'; Line = { Get-ConnectLiveContact -InstanceId $instance -Queue Billing -Agent jdoe }; Id = 'FilterKindConflict'; Named = '-Agent and -Queue' }
        @{ Given = '-RoutingProfile and -HierarchyGroup'; Line = { Get-ConnectLiveContact -InstanceId $instance -HierarchyGroup 'Team North' -RoutingProfile 'Claims Team' }; Id = 'FilterKindConflict'; Named = '-RoutingProfile and -HierarchyGroup' }
        @{ Given = 'three kinds'; Line = { Get-ConnectLiveContact -InstanceId $instance jdoe -Queue Claims -RoutingProfile 'Claims Team' }; Id = 'FilterKindConflict'; Named = '-Agent and -Queue and -RoutingProfile' }
    ) {
        $before = @(Get-Content -LiteralPath $endpoint.Log).Count

        $caught = $null
        try { & $Line } catch { $caught = $_ }

        $caught.FullyQualifiedErrorId | Should -Be "$Id,ConnectMonitor.Commands.GetConnectLiveContactCommand"
        $caught.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $caught.Exception.Message | Should -BeLike "*$Named*"
        $caught.Exception.Message | Should -BeLike '*-Agent, -Queue, -RoutingProfile and -HierarchyGroup are alternatives*'
        $caught.Exception.Message | Should -Not -BeLike '*Parameter set cannot be resolved*'
        @(Get-Content -LiteralPath $endpoint.Log).Count | Should -Be $before
    }
}
