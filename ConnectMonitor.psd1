@{
    RootModule           = 'ConnectMonitor.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5f0c7d3e-2b8a-4d61-9c4e-7a1f3e9b2c05'
    Author               = 'ConnectMonitor contributors'
    CompanyName          = 'ConnectMonitor contributors'
    Copyright            = '(c) ConnectMonitor contributors. All rights reserved.'
    Description          = 'Start Amazon Connect silent monitoring and barge (MonitorContact) for supervisors, from the PowerShell prompt, runbooks and pipelines.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('ConnectMonitor.format.ps1xml')
    CmdletsToExport      = @('Start-ConnectContactMonitor')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AWS', 'AmazonConnect', 'Connect', 'ContactCenter', 'Monitoring', 'Barge')
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
