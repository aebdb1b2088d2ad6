# Pester 5. Get-ConnectLiveContact -Wait at a prompt (issue 23, "the next call, as it connects"): agent jdoe's next two
# calls, which reach the local endpoint 4 s and 8 s after it starts (a world file with "appearsAfterSec"), are each
# written once as they connect and monitored by jane.supervisor; Select-Object -First 2 ends the watch.
Describe 'Get-ConnectLiveContact -Wait' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $first = 'c0000000-0000-4000-8000-0000000000a1'
        $second = 'c0000000-0000-4000-8000-0000000000a2'
        $jdoe = 'a0000000-0000-4000-8000-000000000001'
        $world = Join-Path $TestDrive 'world.json'
        @{ instances = @(@{
            id = $InstanceId
            people = @(
                @{ id = $SupervisorId; username = 'jane.supervisor'; canMonitor = $true }
                @{ id = $jdoe; username = 'jdoe' })
            queues = @(@{ id = 'b0000000-0000-4000-8000-0000000000b1'; name = 'Billing' })
            agentContacts = @(
                @{ contactId = $first; agent = $jdoe; queue = 'b0000000-0000-4000-8000-0000000000b1'; appearsAfterSec = 4 }
                @{ contactId = $second; agent = $jdoe; queue = 'b0000000-0000-4000-8000-0000000000b1'; appearsAfterSec = 8 })
        }) } | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $world
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive -World $world
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'catches jdoe''s next two calls as they connect, each once, and Select-Object -First 2 ends the watch' {
        # A thread job, so a watch that never ends fails the test instead of hanging the suite.
        $job = Start-ThreadJob -ArgumentList $ModuleManifest, $InstanceId -ScriptBlock {
            param($manifest, $instance)
            Import-Module $manifest
            Get-ConnectLiveContact -InstanceId $instance -Agent jdoe -Wait -PollIntervalSec 1 |
                Select-Object -First 2 |
                Start-ConnectContactMonitor -UserName jane.supervisor
        }
        $finished = $job | Wait-Job -Timeout 120
        $job | Stop-Job
        $results = $job | Receive-Job -ErrorVariable failures
        $job | Remove-Job -Force

        $finished | Should -Not -BeNullOrEmpty -Because 'Select-Object -First 2 ends the watch once two calls connected'
        $failures | Should -BeNullOrEmpty
        $results.ContactId | Should -Be $first, $second
        $results.UserId | Should -Be $SupervisorId, $SupervisorId
        # Each was monitored once: one MonitorContact per contact in the endpoint's log.
        (Get-EndpointRequestLine -Endpoint $run.Endpoint -ContactId $first | Where-Object { $_ -like '* POST /contact/monitor *' }).Count | Should -Be 1
        (Get-EndpointRequestLine -Endpoint $run.Endpoint -ContactId $second | Where-Object { $_ -like '* POST /contact/monitor *' }).Count | Should -Be 1
    }

    It 'says that -PollIntervalSec without -Wait is ignored' {
        $null = Get-ConnectLiveContact -InstanceId $InstanceId -Agent jdoe -PollIntervalSec 2 -WarningVariable warnings -WarningAction SilentlyContinue

        $warnings.Message | Should -Be '-PollIntervalSec applies only with -Wait: the live contacts are read once.'
    }
}
