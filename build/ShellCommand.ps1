# Dot-sourced by build.ps1 and the Pester suite: how to start another process of the PowerShell that runs this script.

function Get-ShellCommand {
    <# The command line (executable, then leading arguments) that starts another process of this same PowerShell:
       pwsh or powershell.exe itself, or, when pwsh runs as a dotnet tool (`dotnet pwsh`, where this process is the
       dotnet host), the dotnet host with $PSHOME/pwsh.dll. A child process is needed because a module build already
       loaded in a session cannot be replaced, and the AWS SDK reads AWS_CONFIG_FILE once per process. #>
    $process = [Environment]::ProcessPath          # .NET 6 and later; $null on Windows PowerShell (.NET Framework)
    if (-not $process) { $process = (Get-Process -Id $PID).Path }
    if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        $assembly = Join-Path $PSHOME 'pwsh.dll'
        if (-not (Test-Path -LiteralPath $assembly)) { throw "PowerShell runs in the dotnet host, but $assembly does not exist." }
        return , @($process, $assembly)
    }
    , @($process)
}

function Invoke-ShellScript {
    <# Runs a script file in a new process of this PowerShell (-NoProfile -NonInteractive -File) and returns its exit
       code; its output goes to this console. #>
    param([Parameter(Mandatory)] [string] $Path, [string[]] $Arguments = @())
    $shell = Get-ShellCommand
    $leading = @($shell | Select-Object -Skip 1)
    & $shell[0] @leading -NoProfile -NonInteractive -File $Path @Arguments | Out-Host
    $LASTEXITCODE
}
