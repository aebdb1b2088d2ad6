<#
.SYNOPSIS
    The example session of the one-command demo against the local Amazon Connect endpoint: find agent jdoe's live call
    by name and monitor it as jane.supervisor (Get-ConnectLiveContact | Start-ConnectContactMonitor -UserName, the
    result naming both), the whole floor (Get-ConnectLiveContact without a filter), watch agent lchen with -Wait and
    monitor the call as it connects, then
    Start-ConnectContactMonitor by ids, with a failure in a pipeline, and barge after Test-ConnectContactMonitor shows why
    one supervisor cannot and another can.
.DESCRIPTION
    Run by demo/ConnectMonitor.Demo (PowerShell hosted in-process, no pwsh needed) and by ./build.ps1 -Task Demo (your
    own shell). Each step is shown as "PS> command" and its output as PowerShell formats it. The AWS environment
    variables are set for the session only (fake credentials, an empty config) and restored at the end, so your own
    AWS configuration is neither read nor changed.
#>
param(
    # The local endpoint, e.g. http://127.0.0.1:4566/
    [Parameter(Mandatory)] [string] $EndpointUrl,
    # The built module's manifest (out/<Configuration>/ConnectMonitor/ConnectMonitor.psd1)
    [Parameter(Mandatory)] [string] $ModulePath,
    # The local endpoint's built-in world: one instance, a supervisor who may monitor, live contacts ...001 to ...009
    [string] $InstanceId = '3f0c9a5e-1d2b-4c6a-9e7f-0a1b2c3d4e5f',
    [string] $SupervisorId = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a41'
)

$ErrorActionPreference = 'Continue'
$awsVariables = 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION',
    'AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_CONNECT', 'AWS_CONFIG_FILE',
    'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED'
$saved = @{}
foreach ($name in $awsVariables) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
$emptyConfig = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'connectmonitor-demo-' + [guid]::NewGuid().ToString('n'))

$steps = @(
    @{ Title = 'Import the module you just built'
       Run = { Import-Module $ModulePath } }
    @{ Title = 'Point the AWS environment at the local endpoint (fake credentials; this is how a runbook dry-run works)'
       Run = {
           $env:AWS_ACCESS_KEY_ID = 'AKIDCONNECTDOUBLE001'
           $env:AWS_SECRET_ACCESS_KEY = 'connectDoubleSecretKey/NotARealSecret0001'
           $env:AWS_REGION = 'us-east-1'
           $env:AWS_ENDPOINT_URL_CONNECT = $EndpointUrl
       } }
    @{ Title = 'The supervisor''s task: which call is agent jdoe on right now? (login names, not GUIDs)'
       Run = { Get-ConnectLiveContact -InstanceId $InstanceId -Agent jdoe } }
    @{ Title = 'Listen in on it as jane.supervisor: each name is looked up once, the contact pipes straight in'
       Run = { Get-ConnectLiveContact -InstanceId $InstanceId -Agent jdoe | Start-ConnectContactMonitor -UserName jane.supervisor } }
    @{ Title = 'The whole floor: every live contact of the instance, no filter (routing profiles walked 100 per request)'
       Run = { Get-ConnectLiveContact -InstanceId $InstanceId } }
    @{ Title = 'The next call, as it connects: agent lchen is on no call yet; -Wait polls (here every second) and monitors the first call lchen takes'
       Run = { Get-ConnectLiveContact -InstanceId $InstanceId -Agent lchen -Wait -PollIntervalSec 1 | ForEach-Object { $_ | Start-ConnectContactMonitor -UserName jane.supervisor; break } } }
    @{ Title = 'My team (a user hierarchy group) at a glance'
       Run = { Get-ConnectLiveContact -InstanceId $InstanceId -HierarchyGroup 'Team North' } }
    @{ Title = 'Silently monitor one contact by ids, as a runbook that already has them would'
       Run = { Start-ConnectContactMonitor -ContactId c0000000-0000-4000-8000-000000000001 -InstanceId $InstanceId -UserId $SupervisorId } }
    @{ Title = 'Pipe several contacts: ...404 does not exist, so it gets an ErrorRecord and the others go on'
       Run = {
           'c0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000404', 'c0000000-0000-4000-8000-000000000003' |
               Start-ConnectContactMonitor -InstanceId $InstanceId -UserId $SupervisorId -ErrorVariable failed
       } }
    @{ Title = 'What a script sees in each failure: the contact (TargetObject), a stable error id and category'
       Run = { $failed | ForEach-Object { 'failed: {0} -> {1} ({2})' -f $_.TargetObject, $_.FullyQualifiedErrorId, $_.CategoryInfo.Category } } }
    @{ Title = 'Before barging in: can sam.supervisor barge into ...004? Test-ConnectContactMonitor sends only reads; the failing check says why and how to fix it'
       Run = {
           Test-ConnectContactMonitor c0000000-0000-4000-8000-000000000004 -InstanceId $InstanceId -UserName sam.supervisor -AllowedMonitorCapability BARGE |
               ForEach-Object Checks | Where-Object Status -eq Fail | ForEach-Object { '{0} failed: {1}' -f $_.Name, $_.Found; 'Fix: ' + $_.Fix }
       } }
    @{ Title = 'jane.supervisor''s security profiles grant ManagerBargeIn: ready'
       Run = { Test-ConnectContactMonitor c0000000-0000-4000-8000-000000000004 -InstanceId $InstanceId -UserId $SupervisorId -AllowedMonitorCapability BARGE -Quiet } }
    @{ Title = 'Monitor with both capabilities, so the supervisor can barge in'
       Run = { Start-ConnectContactMonitor c0000000-0000-4000-8000-000000000004 -InstanceId $InstanceId -UserId $SupervisorId -AllowedMonitorCapability SILENT_MONITOR, BARGE } }
    @{ Title = 'Every session started above (the default table view of ConnectMonitor.ContactMonitorResult)'
       Run = { $started } }
    @{ Title = 'Each session is a contact of its own: ContactId is the contact monitored (what pipes back in), MonitorContactId the one Amazon Connect created for the supervisor'
       Run = { $started | ForEach-Object { [pscustomobject]@{ ContactId = $_.ContactId; MonitorContactId = $_.MonitorContactId } } } }
)

$started = @()
try {
    $env:AWS_CONFIG_FILE = [System.IO.Path]::Combine($emptyConfig, 'config')
    $env:AWS_SHARED_CREDENTIALS_FILE = [System.IO.Path]::Combine($emptyConfig, 'credentials')
    $env:AWS_EC2_METADATA_DISABLED = 'true'
    foreach ($name in 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL') {
        [Environment]::SetEnvironmentVariable($name, $null)
    }

    foreach ($step in $steps) {
        $commandLines = $step.Run.ToString().Trim() -split '\r?\n' | ForEach-Object { 'PS> ' + $_.Trim() }
        @('', "# $($step.Title)") + $commandLines | Out-Default
        # Dot-sourced, so -ErrorVariable and the variables a step sets stay visible to the next steps.
        # In a loop of its own, so a step's break (the end of a -Wait) ends that step only.
        $output = do { . $step.Run 2>&1 } while ($false)
        $output | Out-Default
        $started += @($output | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] -and $_.ContactArn -and $_.RequestId -and $started -notcontains $_ })
    }
}
finally {
    foreach ($name in $awsVariables) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
}
