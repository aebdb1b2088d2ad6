# Pester 5. What Get-Help shows in a real shell: the generated MAML help (-Full, -Examples, -Parameter) and the about
# topic, as objects and as the text a user reads.
Describe 'Help for Start-ConnectContactMonitor' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-BuiltConnectMonitor
        $full = Get-Help Start-ConnectContactMonitor -Full
    }

    It 'Get-Help -Full has synopsis, description, syntax, inputs, outputs, notes and links' {
        $full.Name | Should -Be 'Start-ConnectContactMonitor'
        $full.Synopsis | Should -BeLike 'Starts silent monitoring*'
        ($full.description | Out-String) | Should -Match 'MonitorContact'
        @($full.syntax.syntaxItem)[0].parameter.name | Should -Contain 'ContactId'
        $full.inputTypes.inputType.type.name | Should -Contain 'System.String'
        $full.inputTypes.inputType.type.name | Should -Contain 'System.Management.Automation.PSObject'
        $full.returnValues.returnValue.type.name | Should -Contain 'ConnectMonitor.ContactMonitorResult'
        ($full.alertSet | Out-String) | Should -Match 'connect:MonitorContact'
        $full.relatedLinks.navigationLink.linkText | Should -Contain 'about_ConnectMonitor'
        @($full.relatedLinks.navigationLink.uri) -like 'https://docs.aws.amazon.com/connect/*' | Should -Not -BeNullOrEmpty
    }

    It 'Get-Help -Full renders as text with every section heading' {
        $text = Get-Help Start-ConnectContactMonitor -Full | Out-String -Width 120

        foreach ($heading in 'NAME', 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS') {
            $text | Should -Match "(?m)^$heading\s*$"
        }
        $text | Should -Match 'Example 1: '
        $text | Should -Match 'Start-ConnectContactMonitor \[-ContactId\] <String\[\]>'
        $text | Should -Match '-AllowedMonitorCapability <String\[\]>'
    }

    It 'Get-Help -Examples gives at least six titled examples with remarks, covering what a runbook author copies' {
        $examples = @((Get-Help Start-ConnectContactMonitor -Examples).examples.example)

        $examples.Count | Should -BeGreaterOrEqual 6
        foreach ($example in $examples) {
            $example.title | Should -Match 'Example \d+: \w'
            ($example.remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }
        $codes = $examples.code
        $codes | Where-Object { $_ -like 'Start-ConnectContactMonitor -ContactId*' } | Should -Not -BeNullOrEmpty
        foreach ($fragment in 'BARGE', "' | Start-ConnectContactMonitor", 'Import-Csv', 'Search-CONNContact', '-WhatIf', '-ErrorVariable') {
            $codes | Where-Object { $_.Contains($fragment) } | Should -Not -BeNullOrEmpty -Because "an example uses $fragment"
        }
    }

    It 'Get-Help -Parameter <Name> shows required <Required>, position <Position>, pipeline input and aliases' -ForEach @(
        @{ Name = 'ContactId'; Required = 'true'; Position = '0'; PipelineInput = 'True (ByValue, ByPropertyName)'; Aliases = 'ContactArn, Arn, Id' }
        @{ Name = 'UserId'; Required = 'true'; Position = 'named'; PipelineInput = 'True (ByPropertyName)'; Aliases = 'none' }
        @{ Name = 'InstanceId'; Required = 'false'; Position = 'named'; PipelineInput = 'True (ByPropertyName)'; Aliases = 'none' }
        @{ Name = 'AllowedMonitorCapability'; Required = 'false'; Position = 'named'; PipelineInput = 'True (ByPropertyName)'; Aliases = 'AllowedMonitorCapabilities' }
        @{ Name = 'ProfileName'; Required = 'false'; Position = 'named'; PipelineInput = 'True (ByPropertyName)'; Aliases = 'StoredCredentials, AWSProfileName' }
        @{ Name = 'WhatIf'; Required = 'false'; Position = 'named'; PipelineInput = 'False'; Aliases = 'wi' }
    ) {
        $parameter = Get-Help Start-ConnectContactMonitor -Parameter $Name

        $parameter.name | Should -Be $Name
        $parameter.required | Should -Be $Required
        $parameter.position | Should -Be $Position
        $parameter.pipelineInput | Should -Be $PipelineInput
        $parameter.aliases | Should -Be $Aliases
        ($parameter.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'the syntax lists the valid values of -AllowedMonitorCapability' {
        $parameter = @($full.syntax.syntaxItem)[0].parameter | Where-Object name -EQ 'AllowedMonitorCapability'

        $parameter.parameterValueGroup.parameterValue | Should -Be @('SILENT_MONITOR', 'BARGE')
    }

    It 'Get-Help about_ConnectMonitor shows the about topic with its sections' {
        $text = Get-Help about_ConnectMonitor | Out-String

        foreach ($heading in 'SHORT DESCRIPTION', 'LONG DESCRIPTION', 'CREDENTIALS', 'REGION', 'ENDPOINT', 'ERRORS', 'BULK USE') {
            $text | Should -Match "(?m)^$heading\s*$"
        }
        $text | Should -Match 'about_ConnectMonitor'
    }
}
