# Shared by the *.Tests.ps1 files (dot-sourced in BeforeAll): the local Amazon Connect endpoint as a process, a
# throw-away AWS environment in TestDrive, and the ids of the endpoint's built-in world
# (tools/ConnectMonitor.ConnectDouble/TestCredentials.cs). Works in Windows PowerShell 5.1 and PowerShell 7.

$RepositoryRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).Path
# The configuration under test: each has its own module folder and package in out/<Configuration>/. build.ps1 sets
# CONNECTMONITOR_CONFIGURATION for the suite; run by hand, the suite tests the Release build.
$Configuration = if ($env:CONNECTMONITOR_CONFIGURATION) { $env:CONNECTMONITOR_CONFIGURATION } else { 'Release' }
$OutputFolder = Join-Path $RepositoryRoot "out/$Configuration"
$ModuleFolder = Join-Path $OutputFolder 'ConnectMonitor'
$ModuleManifest = Join-Path $ModuleFolder 'ConnectMonitor.psd1'
$CmdletErrorSuffix = ',ConnectMonitor.Commands.StartConnectContactMonitorCommand'

$InstanceId = '3f0c9a5e-1d2b-4c6a-9e7f-0a1b2c3d4e5f'
$SupervisorId = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a41'
$OtherSupervisorId = '5b9c7e2a-8d41-4f3e-a6b0-9c8d7e6f5a42'
$LiveContacts = 1..9 | ForEach-Object { 'c0000000-0000-4000-8000-{0:D12}' -f $_ }
$TestAccessKeyId = 'AKIDCONNECTDOUBLE001'
. (Join-Path $RepositoryRoot 'build/ShellCommand.ps1')   # Get-ShellCommand: a new process of this same PowerShell
$TestSecretAccessKey = 'connectDoubleSecretKey/NotARealSecret0001'

function Import-BuiltConnectMonitor {
    if (-not (Test-Path -LiteralPath $ModuleManifest)) {
        throw "The module is not built: run 'dotnet build -c $Configuration' in $RepositoryRoot first."
    }
    Import-Module -Name $ModuleManifest -Force -ErrorAction Stop
}

function Start-LocalConnectEndpoint {
    <# Starts the local endpoint (built with the solution) on a free port; returns Process, Url and Log. #>
    param(
        [Parameter(Mandatory)] [string] $WorkFolder,
        # CONTACT=ErrorCode pairs: every request for CONTACT is answered with that modelled error.
        [string[]] $Fault = @(),
        # What a success names: the supervisor's new monitoring contact (the endpoint's default) or the contact asked for.
        [ValidateSet('monitoring-contact', 'echo')] [string] $Answer = 'monitoring-contact',
        # A world file (tools/ConnectMonitor.ConnectDouble/ConnectWorld.cs, FromJson) instead of the built-in world.
        [string] $World
    )
    $program = Join-Path $RepositoryRoot "tools/ConnectMonitor.ConnectDouble/bin/$Configuration/net10.0/ConnectMonitor.ConnectDouble.dll"
    if (-not (Test-Path -LiteralPath $program)) {
        throw "The local endpoint is not built: run 'dotnet build -c $Configuration' in $RepositoryRoot first."
    }

    $urlFile = Join-Path $WorkFolder 'endpoint.url'
    $log = Join-Path $WorkFolder 'endpoint.log'
    $arguments = @($program, '--port', '0', '--port-file', $urlFile, '--lifetime-seconds', '900', '--answer', $Answer)
    foreach ($f in $Fault) { $arguments += '--fault', $f }
    if ($World) { $arguments += '--world', $World }
    # Start-Process joins arguments with spaces: quote each, for paths with spaces.
    $process = Start-Process -FilePath 'dotnet' -ArgumentList ($arguments | ForEach-Object { '"{0}"' -f $_ }) -PassThru -NoNewWindow `
        -RedirectStandardOutput $log -RedirectStandardError "$log.err"

    # The endpoint writes its URL to the file once it listens (whole, by rename). Bounded wait.
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while (-not (Test-Path -LiteralPath $urlFile)) {
        if ($process.HasExited) { throw "The local endpoint exited with code $($process.ExitCode): $(Get-Content -LiteralPath "$log.err" -Raw)" }
        if ([DateTime]::UtcNow -gt $deadline) {
            Stop-Process -Id $process.Id -ErrorAction SilentlyContinue
            throw 'The local endpoint did not start within 60 seconds.'
        }
        Start-Sleep -Milliseconds 100
    }
    [pscustomobject]@{ Process = $process; Url = (Get-Content -LiteralPath $urlFile -Raw).Trim(); Log = $log }
}

function Stop-LocalConnectEndpoint {
    param($Endpoint)
    if ($Endpoint -and -not $Endpoint.Process.HasExited) {
        Stop-Process -Id $Endpoint.Process.Id -ErrorAction SilentlyContinue
        $null = $Endpoint.Process.WaitForExit(10000)
    }
}

$AwsVariables = 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_DEFAULT_PROFILE',
    'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_CONNECT', 'AWS_CONFIG_FILE',
    'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED', 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'

function Enter-TestAwsEnvironment {
    <# Points every AWS setting at files in $Folder (profiles default and wrong-secret) and the local endpoint.
       Returns what was there before, for Exit-TestAwsEnvironment. Your own AWS files are never read or written. #>
    param([Parameter(Mandatory)] [string] $Folder, [Parameter(Mandatory)] [string] $EndpointUrl)
    $saved = @{}
    foreach ($name in $AwsVariables) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }
    $credentials = Join-Path $Folder 'credentials'
    $config = Join-Path $Folder 'config'
    Set-Content -LiteralPath $credentials -Value @(
        '[default]'
        "aws_access_key_id = $TestAccessKeyId"
        "aws_secret_access_key = $TestSecretAccessKey"
        ''
        '[wrong-secret]'
        "aws_access_key_id = $TestAccessKeyId"
        'aws_secret_access_key = not-the-secret-the-endpoint-knows'
    )
    Set-Content -LiteralPath $config -Value @('[default]', 'region = us-east-1')
    $env:AWS_SHARED_CREDENTIALS_FILE = $credentials
    $env:AWS_CONFIG_FILE = $config
    # The AWS SDK reads AWS_CONFIG_FILE once per process, so the region is set here too.
    $env:AWS_REGION = 'us-east-1'
    $env:AWS_ENDPOINT_URL_CONNECT = $EndpointUrl
    $env:AWS_EC2_METADATA_DISABLED = 'true'
    $saved
}

function Exit-TestAwsEnvironment {
    param([hashtable] $Saved)
    if (-not $Saved) { return }
    foreach ($name in $Saved.Keys) { [Environment]::SetEnvironmentVariable($name, $Saved[$name]) }
}

function Enter-ConnectMonitorTestRun {
    <# What every test file's BeforeAll does: import the built module, start the local endpoint (with optional
       CONTACT=ErrorCode faults, and what a success names: -Answer monitoring-contact or echo; -World: a world file) and
       point the AWS environment at files in $Folder. Returns Endpoint and SavedAws. #>
    param([Parameter(Mandatory)] [string] $Folder, [string[]] $Fault = @(), [string] $Answer = 'monitoring-contact', [string] $World)
    Import-BuiltConnectMonitor
    $endpoint = Start-LocalConnectEndpoint -WorkFolder $Folder -Fault $Fault -Answer $Answer -World $World
    [pscustomobject]@{ Endpoint = $endpoint; SavedAws = (Enter-TestAwsEnvironment -Folder $Folder -EndpointUrl $endpoint.Url) }
}

function Exit-ConnectMonitorTestRun {
    <# What every test file's AfterAll does: restore the AWS environment and stop the endpoint. #>
    param($Run)
    if (-not $Run) { return }
    Exit-TestAwsEnvironment -Saved $Run.SavedAws
    Stop-LocalConnectEndpoint -Endpoint $Run.Endpoint
}

function Get-EndpointRequestLine {
    <# The endpoint's log lines for one contact (one line per request it received). #>
    param([Parameter(Mandatory)] $Endpoint, [Parameter(Mandatory)] [string] $ContactId)
    @(Get-Content -LiteralPath $Endpoint.Log | Where-Object { $_ -like "* contact=$ContactId *" })
}

function Assert-MonitorContact {
    <# A result reports the session the endpoint started on its contact, read from the endpoint's log line of the same
       request id: ContactId/ContactArn the monitored contact, MonitorContactId/MonitorContactArn what the endpoint
       answered (answered=... in its log) when that was another contact, else empty. #>
    param([Parameter(Mandatory)] $Result, [Parameter(Mandatory)] $Endpoint, [Parameter(Mandatory)] [string] $ContactId,
        # The endpoint's --answer: echo answers the contact itself, monitoring-contact a new contact id.
        [Parameter(Mandatory)] [ValidateSet('monitoring-contact', 'echo')] [string] $Answer)
    $arnOf = { param($c) "arn:aws:connect:us-east-1:123456789012:instance/$InstanceId/contact/$c" }
    $Result.ContactId | Should -Be $ContactId
    $Result.ContactArn | Should -Be (& $arnOf $ContactId)
    $line = @(Get-EndpointRequestLine -Endpoint $Endpoint -ContactId $ContactId | Where-Object { $_ -like "* requestId=$($Result.RequestId)" })
    $line | Should -HaveCount 1 -Because "the endpoint logged the request of result $($Result.RequestId)"
    $line[0] -match ' status=200 .* answered=(\S+) ' | Should -BeTrue -Because "the endpoint logs what a success answered: $($line[0])"
    $answered = $Matches[1]
    if ($Answer -eq 'echo') {
        $answered | Should -Be $ContactId
        $Result.MonitorContactId | Should -BeNullOrEmpty
        $Result.MonitorContactArn | Should -BeNullOrEmpty
    }
    else {
        $answered | Should -Not -Be $ContactId
        $Result.MonitorContactId | Should -Be $answered
        $Result.MonitorContactArn | Should -Be (& $arnOf $answered)
    }
}

function Invoke-ChildShell {
    <# Runs $Script in a new process of this same PowerShell (also when it runs as a dotnet tool), with the built module
       imported by path and this process's environment (so the test AWS settings and the local endpoint). Lines in
       $InputLine are its standard input, e.g. the answer to a -Confirm prompt. Returns ExitCode and Output (the lines
       the shell printed, plain text, errors included). #>
    param(
        [Parameter(Mandatory)] [string] $Script,
        [string[]] $InputLine = @(),
        [string] $Folder = $TestDrive,
        # Do not import the built module first (the script installs or imports a module itself).
        [switch] $NoImport
    )
    $file = Join-Path $Folder ('child-' + [guid]::NewGuid().ToString('n') + '.ps1')
    Set-Content -LiteralPath $file -Value @(
        'if ($PSStyle) { $PSStyle.OutputRendering = ''PlainText'' }'
        if (-not $NoImport) { "Import-Module -Name '$ModuleManifest' -ErrorAction Stop" }
        $Script
    )
    $shell = Get-ShellCommand
    $leading = @($shell | Select-Object -Skip 1)
    $output = $InputLine | & $shell[0] @leading -NoProfile -File $file 2>&1
    [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = @($output | ForEach-Object { "$_" }) }
}
