# Pester 5. The output type, its properties and its default table view (ConnectMonitor.format.ps1xml), with both answers
# a MonitorContact success may give: the supervisor's new monitoring contact (the endpoint's default, what Amazon Connect
# is believed to answer) and the monitored contact echoed.
Describe 'Start-ConnectContactMonitor output (the endpoint answers <Answer>)' -ForEach @(
    @{ Answer = 'monitoring-contact' }
    @{ Answer = 'echo' }
) {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive -Answer $Answer
        $result = Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId -AllowedMonitorCapability SILENT_MONITOR, BARGE
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'declares and returns ConnectMonitor.ContactMonitorResult' {
        (Get-Command Start-ConnectContactMonitor).OutputType.Name | Should -Be 'ConnectMonitor.ContactMonitorResult'
        $result.GetType().FullName | Should -Be 'ConnectMonitor.ContactMonitorResult'
    }

    It 'carries what the service answered and what was sent' {
        $result.ContactId | Should -Be $LiveContacts[0]
        $result.ContactArn | Should -Be "arn:aws:connect:us-east-1:123456789012:instance/$InstanceId/contact/$($LiveContacts[0])"
        $result.InstanceId | Should -Be $InstanceId
        $result.UserId | Should -Be $SupervisorId
        $result.AllowedMonitorCapabilities | Should -Be @('SILENT_MONITOR', 'BARGE')
        $result.Region | Should -Be 'us-east-1'
        $result.RequestId | Should -Not -BeNullOrEmpty
        { [guid]::Parse($result.ClientToken) } | Should -Not -Throw
        Assert-MonitorContact -Result $result -Endpoint $run.Endpoint -ContactId $LiveContacts[0] -Answer $Answer
    }

    It 'is shown as a table with the columns of the format file' {
        (Get-FormatData -TypeName ConnectMonitor.ContactMonitorResult).FormatViewDefinition[0].Control.Headers.Label |
            Should -Be @('Agent', 'Queue', 'Supervisor', 'Capabilities', 'ContactId')

        # Plain text, so the pattern is not split by colour codes (PowerShell 7.2+ colours table headers).
        if ($PSStyle) { $rendering = $PSStyle.OutputRendering; $PSStyle.OutputRendering = 'PlainText' }
        try { $text = $result | Out-String -Width 250 }
        finally { if ($PSStyle) { $PSStyle.OutputRendering = $rendering } }

        $text | Should -Match 'Agent\s+Queue\s+Supervisor\s+Capabilities\s+ContactId'
        $text | Should -Match "5b9c7e2a-8d41-4…\s+SILENT_MONITOR,BARGE\s+$($LiveContacts[0])"
    }

    It 'shows the monitoring contact in the list view, or leaves it empty when the answer named the contact itself' {
        if ($PSStyle) { $rendering = $PSStyle.OutputRendering; $PSStyle.OutputRendering = 'PlainText' }
        try { $text = $result | Format-List | Out-String -Width 250 }
        finally { if ($PSStyle) { $PSStyle.OutputRendering = $rendering } }

        $expected = if ($Answer -eq 'echo') { '' } else { [regex]::Escape($result.MonitorContactId) }
        $text | Should -Match "(?m)^MonitorContactId\s+: $expected\s*$"
        $expected = if ($Answer -eq 'echo') { '' } else { [regex]::Escape($result.MonitorContactArn) }
        $text | Should -Match "(?m)^MonitorContactArn\s+: $expected\s*$"
    }
}
