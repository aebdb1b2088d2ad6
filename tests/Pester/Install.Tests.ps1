# Pester 5. Installing the built .nupkg the way a user installs a module: PSResourceGet from a local folder repository,
# then Import-Module by name. Runs in a child shell whose home, data and config folders are in TestDrive, so your own
# module folders and PSResourceGet's repository list are never touched.
Describe 'Installing the ConnectMonitor package' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $package = Join-Path $OutputFolder "ConnectMonitor.$((Import-PowerShellDataFile -LiteralPath $ModuleManifest).ModuleVersion).nupkg"
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'Install-PSResource installs the .nupkg from a local repository, and Import-Module ConnectMonitor by name works' {
        if ($IsWindows -or $PSVersionTable.PSEdition -eq 'Desktop') {
            # PSResourceGet keeps its repository list under the Windows user profile, which no variable moves.
            Set-ItResult -Skipped -Because 'on Windows this would register a repository in your own PSResourceGet settings'
            return
        }
        Test-Path -LiteralPath $package | Should -BeTrue -Because 'dotnet build -c <Configuration> writes the package'

        $fakeHome = Join-Path $TestDrive 'home'
        # PSResourceGet installs CurrentUser modules under HOME/.local/share whatever XDG_DATA_HOME says, while pwsh
        # searches XDG_DATA_HOME: both point at the same folder here, as they do for a user who never set XDG_DATA_HOME.
        $variables = @{ HOME = $fakeHome; XDG_DATA_HOME = (Join-Path $fakeHome '.local/share'); XDG_CONFIG_HOME = (Join-Path $fakeHome '.config'); XDG_CACHE_HOME = (Join-Path $fakeHome '.cache') }
        $saved = @{}
        foreach ($name in $variables.Keys) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            $null = New-Item -ItemType Directory -Force -Path $variables[$name]
            [Environment]::SetEnvironmentVariable($name, $variables[$name])
        }
        try {
            $child = Invoke-ChildShell -NoImport -Script @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name ConnectMonitorLocal -Uri '$OutputFolder' -Trusted
Install-PSResource -Name ConnectMonitor -Repository ConnectMonitorLocal -Scope CurrentUser -Quiet
Import-Module ConnectMonitor
`$module = Get-Module ConnectMonitor
'base=' + `$module.ModuleBase
'version=' + `$module.Version
'started=' + (Start-ConnectContactMonitor '$($LiveContacts[0])' -InstanceId '$InstanceId' -UserId '$SupervisorId').ContactId
"@
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }

        $child.ExitCode | Should -Be 0 -Because ($child.Output -join "`n")
        $installed = Join-Path $variables.XDG_DATA_HOME 'powershell/Modules/ConnectMonitor'
        $child.Output | Should -Contain "version=$((Import-PowerShellDataFile -LiteralPath $ModuleManifest).ModuleVersion)"
        ($child.Output | Where-Object { $_ -like 'base=*' }) | Should -BeLike "base=$installed*"
        $child.Output | Should -Contain "started=$($LiveContacts[0])"
        Test-Path -Path (Join-Path $installed '*/Dependencies/ConnectMonitor.Engine.dll') | Should -BeTrue
    }
}
