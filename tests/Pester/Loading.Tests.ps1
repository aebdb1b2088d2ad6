# Pester 5. PowerShell 7 loads the module's precompiled (ReadyToRun) engine and AWSSDK.Core when they fit the process
# (platform and .NET version), and the IL copies otherwise; either way the call works. Each case runs in a new pwsh,
# since the module's load context lives as long as the process.
BeforeDiscovery {
    function Get-PlatformName {
        '{0}-{1}' -f $(if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }),
            [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
    }
    $platform = Get-PlatformName
}

Describe 'Loading the engine on PowerShell 7' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestSupport.ps1')
        $run = Enter-ConnectMonitorTestRun -Folder $TestDrive
        $dependencies = Join-Path (Split-Path $ModuleManifest) 'Dependencies'
        $platform = '{0}-{1}' -f $(if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }),
            [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
        $builtFor = "net$([Environment]::Version.Major).0-$platform"

        function Invoke-FreshCall {
            <# Imports the module from $Manifest in a new pwsh, makes one call, returns the ARN and where the engine
               and AWSSDK.Core were loaded from. #>
            param([string] $Manifest, [string] $ContactId)
            # A pwsh installed as a dotnet tool runs through the dotnet host: start pwsh.dll the same way.
            $exe = [Environment]::ProcessPath
            $prefix = @()
            if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @(Join-Path $PSHOME 'pwsh.dll') }
            $script = "Import-Module '$Manifest'; (Start-ConnectContactMonitor $ContactId -InstanceId $InstanceId -UserId $SupervisorId -ErrorAction Stop).ContactArn; " +
                "[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -in 'ConnectMonitor.Engine', 'AWSSDK.Core' } | ForEach-Object { `$_.GetName().Name + '=' + `$_.Location }"
            $lines = & $exe @prefix -NoProfile -NonInteractive -Command $script
            if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE`: $lines" }
            $loaded = @{}
            foreach ($line in $lines | Select-Object -Skip 1) { $name, $path = $line -split '=', 2; $loaded[$name] = $path }
            [pscustomobject]@{ Arn = $lines[0]; Loaded = $loaded }
        }

        function Copy-ModuleWithReadyToRunFolder {
            <# A copy of the built module whose precompiled folder is renamed to $Name. #>
            param([string] $Name)
            $copy = Join-Path $TestDrive "module-$Name/ConnectMonitor"
            Copy-Item -LiteralPath (Split-Path $ModuleManifest) -Destination $copy -Recurse
            Rename-Item -LiteralPath (Join-Path $copy "Dependencies/ReadyToRun/$builtFor") -NewName $Name
            Join-Path $copy 'ConnectMonitor.psd1'
        }
    }

    AfterAll {
        Exit-ConnectMonitorTestRun -Run $run
    }

    It 'loads the precompiled engine and AWSSDK.Core built for this platform and .NET' {
        Join-Path $dependencies "ReadyToRun/$builtFor" | Should -Exist

        $call = Invoke-FreshCall -Manifest $ModuleManifest -ContactId $LiveContacts[0]

        $call.Arn | Should -BeLike "*/contact/$($LiveContacts[0])"
        foreach ($name in 'ConnectMonitor.Engine', 'AWSSDK.Core') {
            $call.Loaded[$name] | Should -Be (Join-Path $dependencies "ReadyToRun/$builtFor/$name.dll")
        }
    }

    It 'loads the IL copies when the precompiled ones are for <Case>' -ForEach @(
        @{ Case = 'a later .NET'; Folder = "net99.0-$platform" }
        @{ Case = 'another platform'; Folder = "net$([Environment]::Version.Major).0-otheros-$($platform.Split('-')[1])" }
    ) {
        $manifest = Copy-ModuleWithReadyToRunFolder -Name $Folder
        $copyDependencies = Join-Path (Split-Path $manifest) 'Dependencies'

        $call = Invoke-FreshCall -Manifest $manifest -ContactId $LiveContacts[1]

        $call.Arn | Should -BeLike "*/contact/$($LiveContacts[1])"
        foreach ($name in 'ConnectMonitor.Engine', 'AWSSDK.Core') {
            $call.Loaded[$name] | Should -Be (Join-Path $copyDependencies "$name.dll")
        }
    }
}
