@{
    RootModule             = 'ConnectMonitor.dll'
    # Filled from Directory.Build.props (ConnectMonitorVersion) when the module folder is laid out.
    ModuleVersion          = '0.1.0'
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
    CmdletsToExport        = @('Get-ConnectLiveContact', 'Start-ConnectContactMonitor')
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('AWS', 'AmazonConnect', 'Connect', 'ContactCenter', 'Monitoring', 'Barge')
            LicenseUri   = 'https://github.com/connectmonitor/ConnectMonitor/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/connectmonitor/ConnectMonitor'
            ReleaseNotes = 'See CHANGELOG.md: https://github.com/connectmonitor/ConnectMonitor/blob/main/CHANGELOG.md'
        }
    }
}
