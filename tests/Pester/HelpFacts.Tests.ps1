# Pester 5. What Get-Help shows in a real shell, and that README (with the reference pages it links to: docs/errors.md,
# docs/configuration.md), about_ConnectMonitor and Get-Help state the same facts as their one source (docs/facts,
# src/ConnectMonitor/Errors/ErrorIds.cs).
Describe 'Help' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        Import-BuiltConnectMonitor

        function Get-HelpText {
            param([string] $Name, [switch] $Full)
            if ($PSStyle) { $rendering = $PSStyle.OutputRendering; $PSStyle.OutputRendering = 'PlainText' }
            try { Get-Help -Name $Name -Full:$Full | Out-String -Width 250 }
            finally { if ($PSStyle) { $PSStyle.OutputRendering = $rendering } }
        }

        # The error ids and their categories, read from the source the way the help generator reads it.
        $errorIdsSource = Get-Content -LiteralPath (Join-Path $RepositoryRoot 'src/ConnectMonitor/Errors/ErrorIds.cs') -Raw
        $documentedErrors = [regex]::Matches($errorIdsSource, '(?s)((?:[ \t]*///[^\n]*\n)+)\s*public const string \w+ = "(?<id>[^"]+)";') |
            ForEach-Object {
                [pscustomobject]@{
                    Id       = $_.Groups['id'].Value
                    # ErrorCategory.Name (remarks or cref), else 'Category: Name', as the help generator reads it.
                    Category = @(([regex]::Match($_.Groups[1].Value, 'ErrorCategory\.(\w+)').Groups[1].Value),
                        ([regex]::Match($_.Groups[1].Value, '\b[Cc]ategory\b\W{0,3}([A-Z]\w+)').Groups[1].Value) | Where-Object { $_ })[0]
                }
            }
        $full = Get-HelpText Start-ConnectContactMonitor -Full
        $about = Get-HelpText about_ConnectMonitor
        $readme = Get-Content -LiteralPath (Join-Path $RepositoryRoot 'README.md') -Raw
        $errorsPage = Get-Content -LiteralPath (Join-Path $RepositoryRoot 'docs/errors.md') -Raw
        $configurationPage = Get-Content -LiteralPath (Join-Path $RepositoryRoot 'docs/configuration.md') -Raw
        $places = @{ 'README.md' = $readme; 'docs/errors.md' = $errorsPage; 'docs/configuration.md' = $configurationPage }
    }

    It 'shows the real default of -<Name>' -ForEach @(
        @{ Name = 'ThrottleLimit'; Default = '1' }
        @{ Name = 'MaxRequestsPerSecond'; Default = 'none: adaptive, finds the rate the service allows' }
        @{ Name = 'Burst'; Default = '5' }
        @{ Name = 'TimeoutSec'; Default = '100 (the AWS SDK''s default)' }
    ) {
        (Get-Help Start-ConnectContactMonitor -Parameter $Name).defaultValue | Should -Be $Default
    }

    It 'shows the types a script passes in the syntax' {
        $full | Should -Match '\[-SecretKey <String>\]'
        $full | Should -Match '\[-SessionToken <String>\]'
        $full | Should -Match '\[-Credential <PSCredential>\]'
        $full | Should -Match '\[-AllowedMonitorCapability \{SILENT_MONITOR \| BARGE\}\]'
        $full | Should -Match '\[-ContactId\] <String\[\]>'
        $full | Should -Not -Match 'InputObject'
    }

    It 'sends Get-Help -Online to the module''s own help page' {
        $uri = 'https://github.com/connectmonitor/ConnectMonitor/blob/main/docs/help/Start-ConnectContactMonitor.md'
        (Get-Command Start-ConnectContactMonitor).HelpUri | Should -Be $uri
        # Get-Help -Online opens the first related link of the help.
        @((Get-Help Start-ConnectContactMonitor).relatedLinks.navigationLink)[0].uri | Should -Be $uri
    }

    It 'separates the examples by a blank line and shows sample output' {
        $full | Should -Match '(?m)\.\s*\r?\n\s*\r?\n\s*-+ Example 2:'
        $full | Should -Match '(?m)^\s+ContactId\s+Capabilities\s+Region\s+UserId\s*$'
        ($full -replace '\s+', ' ') | Should -Match 'What if: Performing the operation .*region us-east-1, endpoint https://connect\.us-east-1\.amazonaws\.com'
    }

    It 'tells the truth about command-line values and piped rows' {
        $full | Should -Not -Match 'apply to every row that does not bring its own value'
        $full | Should -Match 'PipelineValueConflict'
        (Get-Help Start-ConnectContactMonitor -Parameter UserId).description.Text | Should -Match 'leave -UserId off'
    }

    It 'lists every error id of ErrorIds.cs with its category in <Place>' -ForEach @(
        @{ Place = 'Get-Help -Full' }
        @{ Place = 'about_ConnectMonitor' }
        @{ Place = 'docs/errors.md' }
    ) {
        $text = switch ($Place) { 'Get-Help -Full' { $full } 'about_ConnectMonitor' { $about } default { $places[$Place] } }
        $documentedErrors.Count | Should -BeGreaterThan 20
        foreach ($e in $documentedErrors) {
            $e.Category | Should -Not -BeNullOrEmpty -Because "$($e.Id) names its ErrorCategory"
            $text | Should -Match "``?$($e.Id)``?\s*\|?\s*$($e.Category)\b" -Because "$Place lists $($e.Id) as $($e.Category)"
        }
    }

    It 'gives the same credential order in <Place>' -ForEach @(
        @{ Place = 'Get-Help -Full' }
        @{ Place = 'about_ConnectMonitor' }
        @{ Place = 'README.md' }
        @{ Place = 'docs/configuration.md' }
    ) {
        $text = switch ($Place) { 'Get-Help -Full' { $full } 'about_ConnectMonitor' { $about } default { $places[$Place] } }
        $flat = ($text -replace '`', '') -replace '\s+', ' '
        $order = '-AccessKey', '-ProfileName', '-Credential', '$StoredAWSCredentials', 'AWS_ACCESS_KEY_ID', 'AWS_PROFILE profile', 'Container credentials'
        # Item n starts with (or, after a few words, names) its source.
        $positions = $order | ForEach-Object { $m = [regex]::Match($flat, "$($order.IndexOf($_) + 1)\. [^.]{0,20}?$([regex]::Escape($_))"); if ($m.Success) { $m.Index } else { -1 } }
        $positions | ForEach-Object { $_ | Should -BeGreaterOrEqual 0 }
        ($positions | Sort-Object) -join ',' | Should -Be ($positions -join ',')
    }

    It 'gives the same region order in <Place>' -ForEach @(
        @{ Place = 'Get-Help -Full' }
        @{ Place = 'about_ConnectMonitor' }
        @{ Place = 'README.md' }
        @{ Place = 'docs/configuration.md' }
    ) {
        $text = switch ($Place) { 'Get-Help -Full' { $full } 'about_ConnectMonitor' { $about } default { $places[$Place] } }
        $flat = ($text -replace '`', '') -replace '\s+', ' '
        $flat | Should -Match ([regex]::Escape('1. -Region. 2. The region in a contact ARN (-ContactId) or an instance ARN (-InstanceId). 3. $StoredAWSRegion'))
    }

    It 'ships the about topic without the fact markers' {
        $about | Should -Not -Match 'fact:'
        $about | Should -Match 'BULK USE'
        $about | Should -Match '-ThrottleLimit\s+calls in flight'
    }
}
