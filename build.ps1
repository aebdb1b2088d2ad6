#requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests and packages ConnectMonitor. A thin wrapper over the dotnet commands in the README.
.DESCRIPTION
    The one test command, on a machine with only the .NET SDK (it restores the pinned pwsh and Pester):

        dotnet tool restore && dotnet pwsh -NoProfile -File build.ps1 -Task Test

    Works the same from a pwsh 7.x or Windows PowerShell prompt (./build.ps1 -Task Test). Child shells are started as
    this same PowerShell, also when it runs as a dotnet tool (build/ShellCommand.ps1).
.EXAMPLE
    ./build.ps1                 # Release build: lays out out/Release/ConnectMonitor (and restores the pinned Pester)
.EXAMPLE
    ./build.ps1 -Task Test      # build once, the xunit projects, then the Pester suite on this PowerShell; "N passed, N failed"
.EXAMPLE
    ./build.ps1 -Task Demo      # build, start the local Connect endpoint, run the example session in PowerShell
.EXAMPLE
    ./build.ps1 -Task Package   # module folder + out/Release/ConnectMonitor.<version>.nupkg (Publish-Module/Install-Module layout)
.EXAMPLE
    ./build.ps1 -Task Clean
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot
. (Join-Path $PSScriptRoot 'build/ShellCommand.ps1')   # Get-ShellCommand, Invoke-ShellScript
. (Join-Path $PSScriptRoot 'build/TestRun.ps1')        # Invoke-XunitProjects, Invoke-PesterSuite, Write-TestSummary

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Task) {
    'Build' { Invoke-Dotnet build -c $Configuration }
    'Test'  {
        # Build once; both suites then test exactly this build (out/<Configuration>/ConnectMonitor).
        & dotnet build -c $Configuration
        if ($LASTEXITCODE -ne 0) {
            Write-TestSummary -Problem "The build failed (dotnet build -c $Configuration, exit code $LASTEXITCODE): no test ran."
            exit 1
        }

        $xunit = Invoke-XunitProjects -Configuration $Configuration
        $pester = Invoke-PesterSuite -Configuration $Configuration
        exit (Write-TestSummary -Xunit $xunit -Pester $pester)
    }
    'Demo'  {
        Invoke-Dotnet build -c $Configuration
        $exitCode = Invoke-ShellScript -Path (Join-Path $PSScriptRoot 'build/Start-DemoSession.ps1') -Arguments '-Configuration', $Configuration
        if ($exitCode -ne 0) { throw "The demo failed with exit code $exitCode." }
    }
    'Package' {
        Invoke-Dotnet build src/ConnectMonitor.Package/ConnectMonitor.Package.csproj -c $Configuration
        Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot "out/$Configuration") -Filter 'ConnectMonitor.*.nupkg'
    }
    'Clean' {
        Invoke-Dotnet clean -c $Configuration
        Remove-Item -LiteralPath (Join-Path $PSScriptRoot 'out') -Recurse -Force -ErrorAction SilentlyContinue
    }
}
