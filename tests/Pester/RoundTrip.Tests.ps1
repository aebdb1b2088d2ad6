# Pester 5. The runbook round trip in a real shell: a CSV of assignments in (Import-Csv), results out (Export-Csv,
# "$result", Format-Table at 80 and 120 columns, Format-List), failures caught by type (catch [T], -is [T]) and piped
# in again; region completion (TabExpansion2); Remove-Module and import again.
Describe 'Runbook round trips' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive -Fault @('c-throttled=ThrottlingException')
        $endpoint = $run.Endpoint
        $MissingContact = 'c0000000-0000-4000-8000-000000000404'

        function New-Csv {
            # Writes rows (hashtables) as a CSV file with the given columns, as a runbook author's spreadsheet would.
            param([string] $Name, [string[]] $Column, [object[]] $Row)
            $path = Join-Path $TestDrive $Name
            $lines = @($Column -join ',')
            foreach ($r in $Row) { $lines += ($Column | ForEach-Object { '"{0}"' -f $r[$_] }) -join ',' }
            Set-Content -LiteralPath $path -Value $lines
            $path
        }

        function Get-PlainText {
            # Renders objects as PowerShell shows them at the given width, without colour codes.
            param([Parameter(ValueFromPipeline)] $InputObject, [int] $Width, [switch] $List)
            begin { $all = @() }
            process { $all += $InputObject }
            end {
                if ($PSStyle) { $rendering = $PSStyle.OutputRendering; $PSStyle.OutputRendering = 'PlainText' }
                try {
                    if ($List) { ($all | Format-List | Out-String -Width $Width) -split "`r?`n" }
                    else { ($all | Out-String -Width $Width) -split "`r?`n" }
                }
                finally { if ($PSStyle) { $PSStyle.OutputRendering = $rendering } }
            }
        }
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    Context 'capabilities from a CSV cell' {
        It 'binds "<Cell>" as <Expected>' -ForEach @(
            @{ Cell = 'SILENT_MONITOR,BARGE'; Expected = 'SILENT_MONITOR,BARGE' }
            @{ Cell = 'SILENT_MONITOR BARGE'; Expected = 'SILENT_MONITOR,BARGE' }
            @{ Cell = 'silent_monitor; barge'; Expected = 'SILENT_MONITOR,BARGE' }
            @{ Cell = 'Barge'; Expected = 'BARGE' }
            @{ Cell = 'BARGE,barge'; Expected = 'BARGE' }
            @{ Cell = ''; Expected = '' }
        ) {
            $csv = New-Csv -Name 'cell.csv' -Column ContactId, InstanceId, UserId, AllowedMonitorCapabilities -Row @(
                @{ ContactId = $LiveContacts[1]; InstanceId = $InstanceId; UserId = $SupervisorId; AllowedMonitorCapabilities = $Cell })

            $result = Import-Csv $csv | Start-ConnectContactMonitor -ErrorAction Stop

            $result.AllowedMonitorCapabilities -join ',' | Should -Be $Expected
        }

        It 'makes an unknown capability an error for that contact only, naming the contact and the fix' {
            $csv = New-Csv -Name 'bad-cell.csv' -Column ContactId, InstanceId, UserId, AllowedMonitorCapabilities -Row @(
                @{ ContactId = $LiveContacts[2]; InstanceId = $InstanceId; UserId = $SupervisorId; AllowedMonitorCapabilities = 'SILENT_MONITOR' }
                @{ ContactId = 'c-bad-cell'; InstanceId = $InstanceId; UserId = $SupervisorId; AllowedMonitorCapabilities = 'SILENT,BARGE' }
                @{ ContactId = $LiveContacts[3]; InstanceId = $InstanceId; UserId = $SupervisorId; AllowedMonitorCapabilities = 'BARGE' })

            $results = Import-Csv $csv | Start-ConnectContactMonitor -ErrorAction SilentlyContinue -ErrorVariable failed

            $results.ContactId | Should -Be @($LiveContacts[2], $LiveContacts[3])
            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Be "InvalidMonitorCapability$CmdletErrorSuffix"
            $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $failed[0].TargetObject.ContactId | Should -Be 'c-bad-cell'
            $failed[0].TargetObject.AllowedMonitorCapabilities | Should -Be 'SILENT,BARGE'
            $failed[0].Exception.Message | Should -Match "c-bad-cell.*'SILENT'.*SILENT_MONITOR,BARGE"
            # The fix-and-retry recipe: input errors are picked out by category and their rows by TargetObject.
            ($failed | Where-Object { $_.CategoryInfo.Category -eq 'InvalidArgument' }).TargetObject.ContactId | Should -Be 'c-bad-cell'
            Get-EndpointRequestLine -Endpoint $endpoint -ContactId 'c-bad-cell' | Should -BeNullOrEmpty
        }

        It 'takes the capabilities as an array on the command line, case-insensitive' {
            $result = Start-ConnectContactMonitor $LiveContacts[4] -InstanceId $InstanceId -UserId $SupervisorId -AllowedMonitorCapability barge, Silent_Monitor
            $result.AllowedMonitorCapabilities | Should -Be @('BARGE', 'SILENT_MONITOR')
        }
    }

    Context 'a command-line value and a row value' {
        It 'makes a row whose own <Column> differs from -<Column> an error for that row and sends nothing for it' -ForEach @(
            @{ Column = 'UserId'; CommandLine = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a41'; Other = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a42' }
            @{ Column = 'InstanceId'; CommandLine = '3f0c9a5e-1d2b-4c6a-9e7f-0a1b2c3d4e5f'; Other = '3f0c9a5e-1d2b-4c6a-9e7f-000000000404' }
        ) {
            $same = @{ ContactId = $LiveContacts[5]; UserId = $SupervisorId; InstanceId = $InstanceId }
            $empty = @{ ContactId = $LiveContacts[6]; UserId = $SupervisorId; InstanceId = $InstanceId }
            $empty[$Column] = ''
            $differs = @{ ContactId = 'c-row-differs'; UserId = $SupervisorId; InstanceId = $InstanceId }
            $differs[$Column] = $Other
            $csv = New-Csv -Name "override-$Column.csv" -Column ContactId, UserId, InstanceId -Row @($same, $differs, $empty)
            $arguments = @{ UserId = $SupervisorId; InstanceId = $InstanceId }

            $results = Import-Csv $csv | Start-ConnectContactMonitor @arguments -ErrorAction SilentlyContinue -ErrorVariable failed

            $results.ContactId | Should -Be @($LiveContacts[5], $LiveContacts[6])
            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Be "PipelineValueConflict$CmdletErrorSuffix"
            $failed[0].TargetObject.ContactId | Should -Be 'c-row-differs'
            $failed[0].Exception.Message | Should -Match "$Other.*-$Column '$CommandLine'.*leave -$Column off"
            Get-EndpointRequestLine -Endpoint $endpoint -ContactId 'c-row-differs' | Should -BeNullOrEmpty
        }

        It 'makes a row whose UserId is not the supervisor <How> names an error for that row and sends nothing for it' -ForEach @(
            @{ How = '-UserName'; Arguments = @{ UserName = 'jane.supervisor' }; Defaults = @{} }
            @{ How = '$PSDefaultParameterValues'; Arguments = @{}; Defaults = @{ 'Start-ConnectContactMonitor:UserName' = 'jane.supervisor' } }
        ) {
            $csv = New-Csv -Name "supervisor-$($How.Trim('-$')).csv" -Column ContactId, UserId -Row @(
                @{ ContactId = $LiveContacts[5]; UserId = $SupervisorId }
                @{ ContactId = 'c-other-supervisor'; UserId = $OtherSupervisorId })
            $PSDefaultParameterValues = $Defaults

            $results = Import-Csv $csv | Start-ConnectContactMonitor -InstanceId $InstanceId @Arguments -ErrorAction SilentlyContinue -ErrorVariable failed

            $results.ContactId | Should -Be $LiveContacts[5]
            $results.UserId | Should -Be $SupervisorId
            $failed.FullyQualifiedErrorId | Should -Be "PipelineValueConflict$CmdletErrorSuffix"
            $failed.TargetObject.UserId | Should -Be $OtherSupervisorId
            $failed.Exception.Message | Should -Match "UserId is '$OtherSupervisorId', but -UserName 'jane.supervisor' \(user $SupervisorId\)"
            Get-EndpointRequestLine -Endpoint $endpoint -ContactId 'c-other-supervisor' | Should -BeNullOrEmpty
        }

        It "uses each row's own UserId when -UserId is left off" {
            $csv = New-Csv -Name 'own.csv' -Column ContactId, UserId -Row @(
                @{ ContactId = $LiveContacts[7]; UserId = $SupervisorId }
                @{ ContactId = $LiveContacts[8]; UserId = $OtherSupervisorId })

            $results = Import-Csv $csv | Start-ConnectContactMonitor -InstanceId $InstanceId

            $results.UserId | Should -Be @($SupervisorId, $OtherSupervisorId)
        }
    }

    Context 'results out and in again' {
        BeforeAll {
            $inputCsv = New-Csv -Name 'assign.csv' -Column ContactId, InstanceId, UserId, AllowedMonitorCapabilities -Row @(
                @{ ContactId = $LiveContacts[0]; InstanceId = $InstanceId; UserId = $SupervisorId; AllowedMonitorCapabilities = 'SILENT_MONITOR,BARGE' }
                @{ ContactId = $MissingContact; InstanceId = $InstanceId; UserId = $SupervisorId; AllowedMonitorCapabilities = 'BARGE' }
                @{ ContactId = $LiveContacts[1]; InstanceId = $InstanceId; UserId = $OtherSupervisorId; AllowedMonitorCapabilities = '' })
            $results = Import-Csv $inputCsv | Start-ConnectContactMonitor -ErrorAction SilentlyContinue -ErrorVariable failed
            $audit = Join-Path $TestDrive 'results.csv'
            $results | Export-Csv -LiteralPath $audit -NoTypeInformation
        }

        It 'writes every field readably with Export-Csv' {
            $text = Get-Content -LiteralPath $audit -Raw
            $text | Should -Not -Match 'System\.'
            $rows = Import-Csv -LiteralPath $audit
            $rows[0].AllowedMonitorCapabilities | Should -Be 'SILENT_MONITOR,BARGE'
            $rows[1].AllowedMonitorCapabilities | Should -Be ''
            $rows[0].RequestId | Should -Be $results[0].RequestId
            $rows[0].ContactArn | Should -Be $results[0].ContactArn
        }

        It 'keeps each row''s capabilities through Export-Csv and back in' {
            $again = Import-Csv -LiteralPath $audit | Start-ConnectContactMonitor -ErrorAction Stop

            $again.ContactId | Should -Be $results.ContactId
            $again.UserId | Should -Be $results.UserId
            ($again | ForEach-Object { $_.AllowedMonitorCapabilities.ToString() }) | Should -Be @('SILENT_MONITOR,BARGE', '')
        }

        It 're-runs only the failed rows: the input rows without a result' {
            $done = (Import-Csv -LiteralPath $audit).ContactId
            $retry = Import-Csv $inputCsv | Where-Object ContactId -notin $done

            $retry.ContactId | Should -Be $MissingContact
            $failed.TargetObject.ContactId | Should -Be $MissingContact
            { $retry | Start-ConnectContactMonitor -ErrorAction Stop } | Should -Throw -ErrorId "ResourceNotFoundException$CmdletErrorSuffix"
        }

        It 'pipes a result object straight back in' {
            $again = $results | Start-ConnectContactMonitor -ErrorAction Stop

            $again.ContactId | Should -Be $results.ContactId
            $again[0].AllowedMonitorCapabilities | Should -Be @('SILENT_MONITOR', 'BARGE')
            $again[1].AllowedMonitorCapabilities.Count | Should -Be 0
        }

        It 'gives a log line as a string' {
            "$($results[0])" | Should -Be ("Monitoring contact $($LiveContacts[0]) for user $SupervisorId (SILENT_MONITOR,BARGE) in instance $InstanceId, us-east-1, request id $($results[0].RequestId)")
            "$($results[1])" | Should -Match '\(service default capabilities\)'
        }
    }

    Context 'errors caught by type' {
        It 'catches a service failure as [ConnectMonitor.ContactMonitorServiceException] with code, status, request id and contact' {
            $caught = $null
            try { Start-ConnectContactMonitor $MissingContact -InstanceId $InstanceId -UserId $SupervisorId -ErrorAction Stop }
            catch [ConnectMonitor.ContactMonitorServiceException] { $caught = $_ }

            $caught | Should -Not -BeNullOrEmpty
            $caught.Exception | Should -BeOfType ([ConnectMonitor.ContactMonitorException])
            $caught.Exception.ErrorCode | Should -Be 'ResourceNotFoundException'
            $caught.Exception.ErrorId | Should -Be 'ResourceNotFoundException'
            $caught.Exception.StatusCode | Should -Be 404
            $caught.Exception.RequestId | Should -Not -BeNullOrEmpty
            $caught.Exception.ContactId | Should -Be $MissingContact
            $caught.Exception.InstanceId | Should -Be $InstanceId
            $caught.Exception.UserId | Should -Be $SupervisorId
            $caught.Exception.Region | Should -Be 'us-east-1'
        }

        It 'types a per-contact input error as [ConnectMonitor.ContactMonitorInputException]' {
            $null = Start-ConnectContactMonitor 'c-no-instance' -UserId $SupervisorId -ErrorAction SilentlyContinue -ErrorVariable failed

            $failed[0].Exception -is [ConnectMonitor.ContactMonitorInputException] | Should -BeTrue
            $failed[0].Exception.ErrorId | Should -Be 'MissingInstanceId'
            $failed[0].Exception.ContactId | Should -Be 'c-no-instance'
        }

        It 'catches a configuration problem as [ConnectMonitor.ContactMonitorConfigurationException]' {
            $caught = $null
            try { Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId -ProfileName 'no-such-profile' }
            catch [ConnectMonitor.ContactMonitorConfigurationException] { $caught = $_ }

            $caught.Exception.ErrorId | Should -Be 'ProfileNotFound'
            $caught.FullyQualifiedErrorId | Should -Be "ProfileNotFound$CmdletErrorSuffix"
        }

        It 'catches a setting the AWS CLI refuses as [ConnectMonitor.ContactMonitorConfigurationException] naming it' {
            $caught = $null
            $env:AWS_MAX_ATTEMPTS = 'abc'
            try { Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId }
            catch [ConnectMonitor.ContactMonitorConfigurationException] { $caught = $_ }
            finally { Remove-Item Env:AWS_MAX_ATTEMPTS }

            $caught.FullyQualifiedErrorId | Should -Be "InvalidSetting$CmdletErrorSuffix"
            $caught.Exception.Message | Should -Match "AWS_MAX_ATTEMPTS is 'abc'.*whole number from 1 to 100"
        }
    }

    Context 'hints' {
        It 'tells a login name given as -UserId that a user id (GUID) is needed and how to find it' {
            $null = Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId 'jane.supervisor' -ErrorAction SilentlyContinue -ErrorVariable failed

            $failed[0].FullyQualifiedErrorId | Should -Be "ResourceNotFoundException$CmdletErrorSuffix"
            $failed[0].ErrorDetails.RecommendedAction | Should -Match "'jane.supervisor' is not a user id.*GUID.*list-users"
            "$($failed[0])" | Should -Match 'GUID'
        }

        It 'recommends retrying throttled contacts without naming a variable the user never made' {
            $null = Start-ConnectContactMonitor 'c-throttled' -InstanceId $InstanceId -UserId $SupervisorId -ErrorAction SilentlyContinue -ErrorVariable failed

            $failed[0].ErrorDetails.RecommendedAction | Should -Match '-ErrorVariable'
            $failed[0].ErrorDetails.RecommendedAction | Should -Not -Match '\$err'
        }

        It 'says why access was denied in terms of both IAM and the supervisor''s security profile' {
            $null = Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a43' -ErrorAction SilentlyContinue -ErrorVariable failed

            $failed[0].Exception.Message | Should -Match 'IAM'
            $failed[0].Exception.Message | Should -Match 'security profile'
        }
    }

    Context 'smaller inputs' {
        It 'takes several contacts in -ContactId on the command line' {
            $results = Start-ConnectContactMonitor -ContactId $LiveContacts[2], $LiveContacts[3] -InstanceId $InstanceId -UserId $SupervisorId

            $results.ContactId | Should -Be @($LiveContacts[2], $LiveContacts[3])
        }

        It 'takes an instance ARN in -InstanceId, which names the region too' {
            $arn = "arn:aws:connect:us-east-1:123456789012:instance/$InstanceId"
            $result = Start-ConnectContactMonitor $LiveContacts[4] -InstanceId $arn -UserId $SupervisorId

            $result.InstanceId | Should -Be $InstanceId
            { Start-ConnectContactMonitor $LiveContacts[4] -InstanceId $arn -UserId $SupervisorId -Region eu-west-2 -ErrorAction Stop } |
                Should -Throw -ErrorId "RegionConflict$CmdletErrorSuffix"
        }

        It 'suggests <Expected> for the region typo <Typo>' -ForEach @(
            @{ Typo = 'us-est-1'; Expected = 'us-east-1' }
            @{ Typo = 'eu-west-22'; Expected = 'eu-west-2' }
            @{ Typo = 'US-EAST-1'; Expected = 'us-east-1' }
        ) {
            $err = { Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId -Region $Typo -ErrorAction Stop } |
                Should -Throw -ErrorId "UnknownRegion$CmdletErrorSuffix" -PassThru
            $err.Exception.Message | Should -Match "Did you mean .*\b$Expected\b"
            $err.Exception.Message | Should -Not -Match 'Valid names'
        }

        It 'completes -Region with the regions where Amazon Connect has an endpoint, and no others' {
            $line = 'Start-ConnectContactMonitor -Region '
            $names = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText

            $names | Should -Contain 'us-east-1'
            $names | Should -Contain 'eu-west-2'
            $names | Should -Contain 'us-gov-west-1'
            foreach ($other in 'eu-isoe-west-1', 'eu-west-1', 'us-east-2', 'cn-north-1', 'us-east-1-regional') { $names | Should -Not -Contain $other }
        }

        It 'completes -AllowedMonitorCapability with the capability names' {
            $line = 'Start-ConnectContactMonitor -AllowedMonitorCapability B'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'BARGE'
        }
    }

    Context 'views' {
        BeforeAll {
            $shown = @(
                Start-ConnectContactMonitor $LiveContacts[0], $LiveContacts[1] -InstanceId $InstanceId -UserId $SupervisorId -AllowedMonitorCapability SILENT_MONITOR, BARGE
                Start-ConnectContactMonitor $LiveContacts[2] -InstanceId $InstanceId -UserId $OtherSupervisorId
            )
        }

        It 'shows supervisor, capabilities and contact whole in a 120-column table, and no region' {
            $lines = $shown | Get-PlainText -Width 120 | Where-Object { $_ }

            $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 120 }
            $lines[0] | Should -Match '^Agent\s+Queue\s+Supervisor\s+Capabilities\s+ContactId$'
            # -UserId and no lookup: the supervisor's id (cut to its column), no names for agent and queue.
            $lines[2] | Should -Match "^\s+5b9c7e2a-8d41-4…\s+SILENT_MONITOR,BARGE\s+$($LiveContacts[0])$"
            $lines[4] | Should -Match "^\s+5b9c7e2a-8d41-4…\s+\(default\)\s+$($LiveContacts[2])$"
            ($lines -join "`n") | Should -Not -Match 'us-east-1'
        }

        It 'keeps supervisor and capabilities whole at 80 columns, with an unbroken header' {
            $lines = $shown | Get-PlainText -Width 80 | Where-Object { $_ }

            $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
            $lines[0] | Should -Match '^Agent\s+Queue\s+Supervisor\s+Capabilities\s+ContactId$'
            $lines[1] | Should -Match '^-+\s+-+\s+-+\s+-+\s+-+$'
            $lines[2] | Should -Match "SILENT_MONITOR,BARGE\s+c0000000-00"
        }

        It 'has a list view with every property' {
            $text = ($shown[0] | Get-PlainText -Width 200 -List) -join "`n"

            foreach ($name in 'ContactId', 'UserId', 'UserName', 'AgentUsername', 'QueueName', 'Capabilities', 'InstanceId', 'Region', 'RequestId', 'ClientToken', 'Endpoint', 'ContactArn',
                'MonitorContactId', 'MonitorContactArn') {
                $text | Should -Match "(?m)^$name\s+:"
            }
            $text | Should -Match "RequestId\s+: $($shown[0].RequestId)"
            $text | Should -Match "MonitorContactId\s+: $($shown[0].MonitorContactId)"
        }
    }

    Context 'Remove-Module' {
        It 'unhooks the assembly resolver, and importing again hooks it and works' {
            $loader = [ConnectMonitor.ContactMonitorResult].Assembly.GetType('ConnectMonitor.Loading.CoreDependencyResolver', $true)
            $loader::Installed | Should -BeTrue

            Remove-Module ConnectMonitor
            $loader::Installed | Should -BeFalse

            Import-BuiltConnectMonitor
            $loader::Installed | Should -BeTrue
            (Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId).ContactId | Should -Be $LiveContacts[0]
        }
    }
}
