#requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests and packages ConnectMonitor. A thin wrapper over the dotnet commands in the README.
.EXAMPLE
    ./build.ps1                 # Release build: lays out out/ConnectMonitor
.EXAMPLE
    ./build.ps1 -Task Test      # dotnet test
.EXAMPLE
    ./build.ps1 -Task Package   # module folder + out/ConnectMonitor.<version>.nupkg (Publish-Module/Install-Module layout)
.EXAMPLE
    ./build.ps1 -Task Clean
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Task) {
    'Build' { Invoke-Dotnet build -c $Configuration }
    'Test'  { Invoke-Dotnet test }
    'Package' {
        Invoke-Dotnet build src/ConnectMonitor.Package/ConnectMonitor.Package.csproj -c $Configuration
        Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'out') -Filter 'ConnectMonitor.*.nupkg'
    }
    'Clean' {
        Invoke-Dotnet clean -c $Configuration
        Remove-Item -LiteralPath (Join-Path $PSScriptRoot 'out') -Recurse -Force -ErrorAction SilentlyContinue
    }
}
