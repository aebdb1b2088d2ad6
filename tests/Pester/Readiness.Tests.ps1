# Pester 5. Issue 22: Test-ConnectContactMonitor on the real pwsh against the local endpoint's default world
# (tools/ConnectMonitor.ConnectDouble/ReadinessWorld.cs), and Start-ConnectContactMonitor's errors that say why.
Describe 'Test-ConnectContactMonitor' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive -Fault @("$($LiveContacts[8])=ServiceQuotaExceededException")
        $endpoint = $run.Endpoint
        $basicInstance = '3f0c9a5e-1d2b-4c6a-9e7f-0000000000b0'
        $supervisorProfile = 'f0000000-0000-4000-8000-0000000000f3'
        $monitoringSession = 'c0000000-0000-4000-8000-0000000000a1'

        # The endpoint's log lines of the requests a script block sends (one line per request).
        function Get-RequestsSentBy([scriptblock] $Script) {
            $before = @(Get-Content -LiteralPath $endpoint.Log).Count
            $output = & $Script
            $lines = @(Get-Content -LiteralPath $endpoint.Log | Select-Object -Skip $before | Where-Object { $_ -match ' key=' })
            [pscustomobject]@{ Output = $output; Lines = $lines }
        }

        function Get-Check($Readiness, [string] $Name) { $Readiness.Checks | Where-Object Name -eq $Name }
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'finds a ready supervisor ready, sending nothing but reads' {
        $sent = Get-RequestsSentBy {
            Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[0] -UserName jane.supervisor -AllowedMonitorCapability SILENT_MONITOR, BARGE
            Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[0] -UserName jane.supervisor -AllowedMonitorCapability BARGE -Quiet
        }
        $readiness, $quiet = $sent.Output

        $readiness | Should -BeOfType ConnectMonitor.ContactMonitorReadiness
        $readiness.Ready | Should -BeTrue
        $readiness.UserId | Should -Be $SupervisorId
        $readiness.Channel | Should -Be 'VOICE'
        $readiness.Checks.Name | Should -Be 'SupervisorName', 'Contact', 'Permissions', 'CcpStatus', 'MonitoringSlot', 'EnhancedMonitoring', 'CallRecording'
        @($readiness.Checks | Where-Object Name -ne 'CallRecording' | Where-Object Status -ne Pass) | Should -BeNullOrEmpty
        $quiet | Should -BeExactly $true
        # Reads only: GETs, the name search and GetCurrentUserData; never MonitorContact.
        $sent.Lines | Should -Not -BeNullOrEmpty
        $sent.Lines | Where-Object { $_ -notmatch ' GET /' -and $_ -notmatch ' POST /search-users ' -and $_ -notmatch ' POST /metrics/userdata/' } | Should -BeNullOrEmpty
        $sent.Lines | Where-Object { $_ -match '/contact/monitor' } | Should -BeNullOrEmpty
    }

    It 'fails Permissions for barge without ManagerBargeIn, and passes without barge' {
        $barge = Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[0] -UserName sam.supervisor -AllowedMonitorCapability BARGE
        $silent = Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[0] -UserName sam.supervisor -AllowedMonitorCapability SILENT_MONITOR

        $barge.Ready | Should -BeFalse
        $barge.FailedChecks | Should -Be 'Permissions'
        (Get-Check $barge Permissions).Found | Should -Match 'lacks ManagerBargeIn'
        (Get-Check $barge Permissions).Fix | Should -Match 'ManagerBargeIn'
        $silent.Ready | Should -BeTrue
    }

    It 'fails EnhancedMonitoring for barge on a <Channel> contact when <Attribute> is off' -ForEach @(
        @{ Channel = 'VOICE'; Contact = 'c0000000-0000-4000-8000-0000000000b1'; Attribute = 'ENHANCED_CONTACT_MONITORING'; Recording = 'record' }
        @{ Channel = 'CHAT'; Contact = 'c0000000-0000-4000-8000-0000000000b2'; Attribute = 'ENHANCED_CHAT_MONITORING'; Recording = '^$' }
    ) {
        $readiness = Test-ConnectContactMonitor -InstanceId $basicInstance -ContactId $Contact -UserId $SupervisorId -AllowedMonitorCapability BARGE

        $readiness.Channel | Should -Be $Channel
        $readiness.FailedChecks | Should -Be 'EnhancedMonitoring'
        (Get-Check $readiness EnhancedMonitoring).Found | Should -Match "$Attribute false"
        (Get-Check $readiness EnhancedMonitoring).Fix | Should -Match "--attribute-type $Attribute --value true"
        (Get-Check $readiness CallRecording).Status | Should -Be NotApplicable
        (Get-Check $readiness CallRecording).Fix | Should -Match $Recording
    }

    It 'fails <Check> for <Supervisor>' -ForEach @(
        @{ Supervisor = 'lou.loggedout'; Check = 'CcpStatus'; Found = 'not logged in' }
        @{ Supervisor = 'olive.offline'; Check = 'CcpStatus'; Found = 'status Offline' }
        @{ Supervisor = 'max.monitoring'; Check = 'MonitoringSlot'; Found = 'already monitoring voice contact c0000000-0000-4000-8000-0000000000a1' }
        @{ Supervisor = 'nobody.here'; Check = 'SupervisorName'; Found = "No user named 'nobody.here'" }
        @{ Supervisor = 'KIM'; Check = 'SupervisorName'; Found = 'matches 2 users' }
    ) {
        $readiness = Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[1] -UserName $Supervisor -ErrorAction Stop

        $readiness.Ready | Should -BeFalse
        $readiness.FailedChecks | Should -Be $Check
        (Get-Check $readiness $Check).Found | Should -Match ([regex]::Escape($Found))
        (Get-Check $readiness $Check).Fix | Should -Not -BeNullOrEmpty
    }

    It 'fails Contact for a contact that <Case>' -ForEach @(
        @{ Case = 'has ended'; Contact = 'c0000000-0000-4000-8000-0000000000e0'; Found = 'ended at 2026-11-26 08:55:00 UTC' }
        @{ Case = 'is still ringing'; Contact = 'c0000000-0000-4000-8000-000000000005'; Found = 'not connected to an agent' }
        @{ Case = 'has no agent'; Contact = 'c0000000-0000-4000-8000-000000000007'; Found = 'not connected to an agent' }
        @{ Case = 'is a monitoring session'; Contact = 'c0000000-0000-4000-8000-0000000000a1'; Found = 'is itself a monitoring session' }
        @{ Case = 'does not exist'; Contact = 'c0000000-0000-4000-8000-000000000404'; Found = 'no contact' }
    ) {
        $readiness = Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $Contact -UserId $SupervisorId

        $readiness.FailedChecks | Should -Be 'Contact'
        (Get-Check $readiness Contact).Found | Should -Match $Found
        Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $Contact -UserId $SupervisorId -Quiet | Should -BeExactly $false
    }

    It 'reads every page of a security profile whose permissions span pages, once per pipeline' {
        $sent = Get-RequestsSentBy {
            $LiveContacts[0], $LiveContacts[1] | Test-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId -AllowedMonitorCapability BARGE
        }

        # ManagerListenIn is on the Supervisor profile's second page of 100, ManagerBargeIn on its third.
        $sent.Output.Ready | Should -Be $true, $true
        (Get-Check $sent.Output[0] Permissions).Found | Should -Match '252 permissions from 2 security profile'
        @($sent.Lines | Where-Object { $_ -match " GET /security-profiles-permissions/$InstanceId/$supervisorProfile " }).Count | Should -Be 3
        @($sent.Lines | Where-Object { $_ -match " GET /users/$InstanceId/$SupervisorId " }).Count | Should -Be 1
    }

    It 'checks 200 contacts with about 200 DescribeContact calls plus a constant, in input order' {
        # The nine live contacts and 191 the instance does not have: each is one DescribeContact, and one result.
        $contacts = @($LiveContacts) + @(1..191 | ForEach-Object { 'c0000000-0000-4000-8000-{0:D12}' -f (1000 + $_) })

        $sent = Get-RequestsSentBy {
            $contacts | Test-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId -ThrottleLimit 4 -Verbose 4>&1
        }
        $results = @($sent.Output | Where-Object { $_ -is [ConnectMonitor.ContactMonitorReadiness] })
        $verbose = @($sent.Output | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

        $results.ContactId | Should -Be $contacts
        $describeContact = @($sent.Lines | Where-Object { $_ -match ' GET /contacts/' }).Count
        $describeContact | Should -Be 200
        $sent.Lines.Count - $describeContact | Should -BeLessOrEqual 12
        $verbose.Message | Should -Contain "$($sent.Lines.Count) read requests sent (each read once per pipeline; name searches not counted)."
    }

    It 'shows one line per input with the failing checks named, and every check in the list view' {
        $readiness = Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[0] -UserName sam.supervisor -AllowedMonitorCapability BARGE

        $table = $readiness | Format-Table | Out-String -Width 120
        $list = $readiness | Format-List | Out-String -Width 200

        $table | Should -Match "$($LiveContacts[0]) +sam\.supervisor +VOICE +False +Permissions"
        foreach ($name in $readiness.Checks.Name) { $list | Should -Match "$name +(Pass|Fail|Unknown|NotApplicable)" }
        $list | Should -Match 'Fix: Add ManagerBargeIn'
    }

    It 'checks the supervisor and instance alone without -ContactId' {
        $readiness = Test-ConnectContactMonitor -InstanceId $InstanceId -UserName jane.supervisor -AllowedMonitorCapability BARGE

        $readiness.ContactId | Should -BeNullOrEmpty
        (Get-Check $readiness Contact).Status | Should -Be NotApplicable
        $readiness.Ready | Should -BeTrue
        (Get-Check $readiness EnhancedMonitoring).Found | Should -Match 'ENHANCED_CONTACT_MONITORING true, MULTI_PARTY_CONFERENCE true, ENHANCED_CHAT_MONITORING true'
    }

    It 'gives Start-ConnectContactMonitor''s ServiceQuotaExceededException the causes and the Test command line for that input' {
        $null = Start-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[8] -UserId $SupervisorId -AllowedMonitorCapability BARGE `
            -ErrorAction SilentlyContinue -ErrorVariable failures

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ServiceQuotaExceededException,*'
        $action = $failures[0].ErrorDetails.RecommendedAction
        $action | Should -Match 'not logged in to the Contact Control Panel'
        $action | Should -Match 'already monitoring'
        $action | Should -Match 'two supervisors'
        $command = "Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $($LiveContacts[8]) -UserId $SupervisorId -AllowedMonitorCapability BARGE -Region us-east-1"
        $action | Should -BeLike "*$command"
        # The command line runs as it is.
        (Invoke-Expression $command).ContactId | Should -Be $LiveContacts[8]
    }
}

Describe 'Test-ConnectContactMonitor when a read is denied' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive -Fault @('DescribeInstanceAttribute=AccessDeniedException', 'DescribeUser=AccessDeniedException')
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'makes the checks needing <Action> Unknown, naming the action, and still runs the others' -ForEach @(
        @{ Action = 'connect:DescribeInstanceAttribute'; Checks = 'EnhancedMonitoring', 'CallRecording' }
        @{ Action = 'connect:DescribeUser'; Checks = @('Permissions') }
    ) {
        $readiness = Test-ConnectContactMonitor -InstanceId $InstanceId -ContactId $LiveContacts[0] -UserId $SupervisorId -AllowedMonitorCapability BARGE -ErrorAction Stop

        foreach ($name in $Checks) {
            $check = $readiness.Checks | Where-Object Name -eq $name
            $check.Status | Should -Be Unknown
            $check.Found | Should -Match ([regex]::Escape("$Action was denied"))
            $check.Fix | Should -Match ([regex]::Escape("Allow $Action"))
        }
        ($readiness.Checks | Where-Object Name -eq Contact).Status | Should -Be Pass
        ($readiness.Checks | Where-Object Name -eq CcpStatus).Status | Should -Be Pass
        $readiness.Ready | Should -BeTrue
    }
}
