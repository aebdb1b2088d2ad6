# Pester 5. What PowerShell itself shows around the cmdlet in a real shell: -WhatIf and -Confirm text (written by the
# console host, so read from a child shell's output), tab completion through TabExpansion2, $PSDefaultParameterValues,
# and catching errors by type.
Describe 'Start-ConnectContactMonitor in a shell' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $endpoint = $run.Endpoint
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    Context '-WhatIf and -Confirm' {
        It '-WhatIf prints one line per contact, naming the user, the contact, the instance, the region and the endpoint, and sends nothing' {
            $contacts = 'c0000000-0000-4000-8000-0000000000a1', 'c0000000-0000-4000-8000-0000000000a2'

            $child = Invoke-ChildShell -Script "'$($contacts -join "','")' | Start-ConnectContactMonitor -InstanceId '$InstanceId' -UserId '$SupervisorId' -AllowedMonitorCapability SILENT_MONITOR, BARGE -WhatIf"

            $child.ExitCode | Should -Be 0
            $whatIf = @($child.Output | Where-Object { $_ -like 'What if:*' })
            $whatIf | Should -Be @(foreach ($c in $contacts) {
                    "What if: Performing the operation `"Start monitoring for user '$SupervisorId' (SILENT_MONITOR, BARGE)`" on target `"contact '$c' in instance '$InstanceId' (region us-east-1, endpoint $($endpoint.Url.TrimEnd('/'))/)`"."
                })
            foreach ($c in $contacts) { Get-EndpointRequestLine -Endpoint $endpoint -ContactId $c | Should -BeNullOrEmpty }
        }

        It '-Confirm asks once per contact; answering <Answer> <Outcome>' -ForEach @(
            @{ Answer = 'N'; Outcome = 'sends nothing'; Contact = 'c0000000-0000-4000-8000-0000000000a3'; Sent = 0 }
            @{ Answer = 'Y'; Outcome = 'sends the call'; Contact = 'c0000000-0000-4000-8000-000000000009'; Sent = 1 }
        ) {
            $child = Invoke-ChildShell -InputLine $Answer -Script "Start-ConnectContactMonitor '$Contact' -InstanceId '$InstanceId' -UserId '$SupervisorId' -Confirm | ForEach-Object { 'started ' + `$_.ContactId }"

            $text = ($child.Output -join ' ') -replace '\s+', ' '   # the host wraps the prompt at the console width
            $text | Should -Match 'Are you sure you want to perform this action\?'
            $text | Should -Match ([regex]::Escape("Performing the operation `"Start monitoring for user '$SupervisorId' (service default capabilities)`" on target `"contact '$Contact' in instance '$InstanceId' (region us-east-1, endpoint $($endpoint.Url.TrimEnd('/'))/)"))
            @(Get-EndpointRequestLine -Endpoint $endpoint -ContactId $Contact) | Should -HaveCount $Sent
            ($child.Output -contains "started $Contact") | Should -Be ($Sent -eq 1)
        }

        It '-Confirm:$false runs without asking even when $ConfirmPreference asks for everything' {
            $contact = $LiveContacts[7]

            $child = Invoke-ChildShell -Script "`$ConfirmPreference = 'Low'; (Start-ConnectContactMonitor '$contact' -InstanceId '$InstanceId' -UserId '$SupervisorId' -Confirm:`$false).ContactId"

            $child.Output | Should -Not -Contain 'Confirm'
            $child.Output | Should -Contain $contact
        }
    }

    Context 'tab completion (TabExpansion2)' {
        BeforeAll {
            function Complete([string] $Line) {
                @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText)
            }
        }

        It '-Region completes the region names that start with what was typed' {
            # Amazon Connect's regions only (RoundTrip.Tests.ps1 checks which): here, the prefix.
            Complete 'Start-ConnectContactMonitor -Region ap-' | Should -Be 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2'
            Complete 'Start-ConnectContactMonitor -Region eu-we' | Should -Be 'eu-west-2'
        }

        It 'the -Region alias -RegionToCall completes too' {
            Complete 'Start-ConnectContactMonitor -RegionToCall us-ea' | Should -Contain 'us-east-1'
        }

        It '-ProfileName completes the profiles in the shared credentials and config files' {
            $completions = Complete 'Start-ConnectContactMonitor -ProfileName '

            $completions | Should -Contain 'default'
            $completions | Should -Contain 'wrong-secret'
        }

        It '-ProfileName completes from -ProfileLocation and quotes names with spaces' {
            $file = Join-Path $TestDrive 'other-credentials'
            Set-Content -LiteralPath $file -Value @('[ops-east]', 'aws_access_key_id = AKIDX', 'aws_secret_access_key = x', '', '[ops team]', 'aws_access_key_id = AKIDY', 'aws_secret_access_key = y')

            $completions = Complete "Start-ConnectContactMonitor -ProfileLocation '$file' -ProfileName ops"

            $completions | Should -Contain 'ops-east'
            $completions | Should -Contain "'ops team'"
            $completions | Should -Not -Contain 'default'
        }
    }

    Context '$PSDefaultParameterValues' {
        AfterEach { $PSDefaultParameterValues.Clear() }

        It 'supplies -InstanceId and -UserId to piped ids, and a value on the command line wins' {
            $PSDefaultParameterValues['Start-ConnectContactMonitor:InstanceId'] = $InstanceId
            $PSDefaultParameterValues['Start-ConnectContactMonitor:UserId'] = $SupervisorId

            $defaulted = $LiveContacts[0] | Start-ConnectContactMonitor
            $overridden = $LiveContacts[1] | Start-ConnectContactMonitor -UserId $OtherSupervisorId

            $defaulted.InstanceId | Should -Be $InstanceId
            $defaulted.UserId | Should -Be $SupervisorId
            $overridden.UserId | Should -Be $OtherSupervisorId
        }

        It 'a wildcard default such as *:Region applies to the cmdlet' {
            $PSDefaultParameterValues['*:Region'] = 'eu-west-2'

            $result = Start-ConnectContactMonitor $LiveContacts[2] -InstanceId $InstanceId -UserId $SupervisorId

            $result.Region | Should -Be 'eu-west-2'
        }
    }

    Context 'catching errors by type' {
        # A service error caught by its type: RoundTrip.Tests.ps1 ('errors caught by type').
        It 'a value that breaks a parameter rule is caught as [System.Management.Automation.ParameterBindingException]' {
            $caught = $null
            try { Start-ConnectContactMonitor $LiveContacts[0] -InstanceId $InstanceId -UserId $SupervisorId -ClientToken ('t' * 501) }
            catch [System.Management.Automation.ParameterBindingException] { $caught = $_ }

            $caught.FullyQualifiedErrorId | Should -Be "ParameterArgumentValidationError$CmdletErrorSuffix"
        }
    }
}
