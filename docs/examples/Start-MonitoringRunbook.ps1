<#
.SYNOPSIS
    A scheduled job's runbook: start the monitoring sessions a CSV of assignments asks for, write what started and what
    failed, and tell the scheduler how it went by the exit code.

.DESCRIPTION
    Made to run with nobody at the keyboard (a Task Scheduler task, a cron job, an Azure Automation or CI step):
    - it never waits for an answer ($ConfirmPreference = 'None') and writes no progress records;
    - a failure for one contact is collected and the other contacts go on (-ErrorAction SilentlyContinue
      -ErrorVariable), while anything else (the module, the input file, credentials, region: the errors that stop the
      cmdlet) ends the run at once ($ErrorActionPreference = 'Stop');
    - started.csv gets one row per session started, failed.csv one row per contact that failed (contact, error id,
      category, message), and the last line of output sums it up.

    Exit codes: 0 every contact started; 1 some contacts failed (failed.csv lists them, the others started: run the
    failed rows again); 2 the run could not work (the message on standard error says why).

.EXAMPLE
    pwsh -NoProfile -NonInteractive -File ./Start-MonitoringRunbook.ps1 -InstanceId 3f0c9a5e-1d2b-4c6a-9e7f-0a1b2c3d4e5f -AssignmentsPath ./assignments.csv -OutputFolder ./runs/today
#>
[CmdletBinding()]
param(
    # The Amazon Connect instance id (or instance ARN).
    [Parameter(Mandatory)] [string] $InstanceId,
    # A CSV with a ContactId and a UserId (or UserName) column, optionally AllowedMonitorCapabilities.
    [Parameter(Mandatory)] [string] $AssignmentsPath,
    # Where started.csv and failed.csv are written (created when missing).
    [Parameter(Mandatory)] [string] $OutputFolder,
    # The module to import: its name when installed, or the path of its manifest.
    [string] $Module = 'ConnectMonitor'
)

$ErrorActionPreference = 'Stop'            # an error nobody handles below ends the run (exit code 2)
$ConfirmPreference = 'None'                # never wait for an answer
$ProgressPreference = 'SilentlyContinue'   # no progress records in the job's log

try {
    Import-Module $Module
    $rows = @(Import-Csv -LiteralPath $AssignmentsPath)
    $null = New-Item -ItemType Directory -Path $OutputFolder -Force
    $startedFile = Join-Path $OutputFolder 'started.csv'
    $failedFile = Join-Path $OutputFolder 'failed.csv'
    Remove-Item -LiteralPath $startedFile, $failedFile -ErrorAction SilentlyContinue

    # Per-contact failures are collected, not shown and not fatal; errors that stop the cmdlet still stop the run.
    $failures = $null
    $started = @($rows | Start-ConnectContactMonitor -InstanceId $InstanceId -ErrorAction SilentlyContinue -ErrorVariable failures)

    if ($started.Count -gt 0) { $started | Export-Csv -LiteralPath $startedFile -NoTypeInformation }
    if ($failures.Count -gt 0) {
        $failures | ForEach-Object {
            [pscustomobject]@{
                # The exception names the contact and supervisor; TargetObject is the CSV row as it came.
                ContactId = $_.Exception.ContactId
                UserId    = $_.Exception.UserId
                ErrorId   = $_.FullyQualifiedErrorId.Split(',')[0]
                Category  = $_.CategoryInfo.Category
                Message   = $_.Exception.Message
            }
        } | Export-Csv -LiteralPath $failedFile -NoTypeInformation
    }

    "$($started.Count) of $($rows.Count) monitoring sessions started, $($failures.Count) failed" +
        $(if ($failures.Count -gt 0) { " (see $failedFile)" } else { '' })
    exit $(if ($failures.Count -gt 0) { 1 } else { 0 })
}
catch {
    [Console]::Error.WriteLine("The runbook stopped: $($_.FullyQualifiedErrorId): $($_.Exception.Message)")
    exit 2
}
