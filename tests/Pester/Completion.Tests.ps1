# Pester 5. Tab completion of names read from the instance, through TabExpansion2 in a real shell against the local
# endpoint's default world (tools/ConnectMonitor.ConnectDouble/SupervisorWorld.cs). The bound, the cache and "never an
# error" need in-process control: tests/ConnectMonitor.Tests/Supervision/NameCompletionTests.cs.
Describe 'Tab completion from the instance' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint

        function Complete([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches }
        function Get-RequestLineCount { @(Get-Content -LiteralPath $endpoint.Log).Count }

        # The first Tab of a session starts the engine and the AWS SDK; on a busy machine that can take longer than the
        # 2 s bound, so it offers nothing and its late answer serves the next Tab. Press Tab until it answers, as a user would.
        $warm = $null
        for ($try = 0; $try -lt 15 -and -not $warm; $try++) { $warm = Complete "Get-ConnectLiveContact -InstanceId $InstanceId -RoutingProfile Ba" }
        $warm.CompletionText | Should -Be "'Basic Routing Profile'"
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'completes -UserName with the login names the instance has' {
        (Complete "Start-ConnectContactMonitor -InstanceId $InstanceId -UserName ja").CompletionText | Should -Be 'jane.supervisor'
    }

    It 'completes -Agent with login names, case aside' {
        (Complete "Get-ConnectLiveContact -InstanceId $InstanceId -Agent K").CompletionText | Sort-Object -CaseSensitive | Should -Be 'Kim', 'kim', 'klee'
    }

    It 'completes -Queue with the queue names, and names with spaces quoted' {
        (Complete "Get-ConnectLiveContact -InstanceId $InstanceId -Queue ").CompletionText | Should -Be 'Billing', 'Claims', 'Support'
        (Complete "Get-ConnectLiveContact -InstanceId $InstanceId -RoutingProfile Cl").CompletionText | Should -Be "'Claims Team'"
        (Complete "Get-ConnectLiveContact -InstanceId $InstanceId -HierarchyGroup 'Team N").CompletionText | Should -Be "'Team North'"
    }

    It 'completes -InstanceId with the instances by alias, inserting the id' {
        $matches = @(Complete 'Get-ConnectLiveContact -InstanceId cont')

        $matches.CompletionText | Should -Be $InstanceId
        $matches.ListItemText | Should -Be 'contoso-care'
        $matches.ToolTip | Should -BeLike "*contoso-care*$InstanceId*"
    }

    It 'offers nothing, quickly, and sends nothing without an instance' {
        $before = Get-RequestLineCount
        $clock = [Diagnostics.Stopwatch]::StartNew()

        $matches = @(Complete 'Get-ConnectLiveContact -Queue B') + @(Complete 'Start-ConnectContactMonitor -UserName ja')

        $clock.Stop()
        $matches | Should -BeNullOrEmpty
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 10
        Get-RequestLineCount | Should -Be $before
    }
}
