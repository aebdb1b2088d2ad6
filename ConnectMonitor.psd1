# THE TEMPLATE OF THE MODULE MANIFEST, NOT AN IMPORTABLE MODULE (ConnectMonitor.dll is not here).
# 'dotnet build -c Release' lays out the importable module in out/Release/ConnectMonitor/ with this file as its
# manifest and ModuleVersion replaced by ConnectMonitorVersion from Directory.Build.props (the one source of the
# version, so the placeholder below is never edited). To use the module: Import-Module ./out/Release/ConnectMonitor/ConnectMonitor.psd1
@{
    RootModule             = 'ConnectMonitor.dll'
    ModuleVersion          = '0.0.0'
    GUID                   = '5f0c7d3e-2b8a-4d61-9c4e-7a1f3e9b2c05'
    Author                 = 'ConnectMonitor contributors'
    CompanyName            = 'ConnectMonitor contributors'
    Copyright              = '(c) ConnectMonitor contributors. All rights reserved.'
    Description            = 'Start Amazon Connect silent monitoring and barge (MonitorContact) for supervisors, from the PowerShell prompt, runbooks and pipelines.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    # netstandard2.0 assemblies: Windows PowerShell needs .NET Framework 4.7.2 or later to run them.
    DotNetFrameworkVersion = '4.7.2'
    # The engine and the AWS SDK live in Dependencies/ and are loaded by the module itself (see about_ConnectMonitor);
    # they are deliberately not RequiredAssemblies or NestedModules.
    FormatsToProcess       = @('ConnectMonitor.format.ps1xml')
    # Where Update-Help reads ConnectMonitor_<GUID>_HelpInfo.xml (docs/help). The module ships the same file, so its
    # help is current. Get-Help -Online uses each cmdlet's HelpUri (its page in docs/help).
    HelpInfoUri            = 'https://raw.githubusercontent.com/connectmonitor/ConnectMonitor/main/docs/help/'
    CmdletsToExport        = @('Get-ConnectLiveContact', 'Start-ConnectContactMonitor', 'Test-ConnectContactMonitor')
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('AWS', 'AmazonConnect', 'Connect', 'ContactCenter', 'Monitoring', 'Barge', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/connectmonitor/ConnectMonitor/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/connectmonitor/ConnectMonitor'
            # Keep equal to <releaseNotes> in src/ConnectMonitor.Package/ConnectMonitor.nuspec (a packaging test checks).
            ReleaseNotes = 'First release: Start-ConnectContactMonitor starts Amazon Connect silent monitoring and barge (MonitorContact) per contact from ids, ARNs, objects or CSV rows, with one result or one catchable error per contact, AWS Tools-style credentials, regions and endpoints, paced bulk pipelines, and results that export to CSV and pipe back in. Every change: https://github.com/connectmonitor/ConnectMonitor/blob/main/CHANGELOG.md'
        }
    }
}
