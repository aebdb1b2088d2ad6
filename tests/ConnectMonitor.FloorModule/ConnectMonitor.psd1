# The cold-start benchmark's floor module (see ConnectMonitor.FloorModule.csproj): not the real ConnectMonitor.
@{
    RootModule           = 'ConnectMonitorFloor.dll'
    ModuleVersion        = '0.0.1'
    GUID                 = '0b7e54a1-3c2d-4f6e-9a8b-1c2d3e4f5a6b'
    Author               = 'ConnectMonitor contributors'
    Description          = 'Benchmark floor: the smallest binary module that sends a signed MonitorContact request.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    CmdletsToExport      = @('Start-ConnectContactMonitor')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
}
