namespace ConnectMonitor.Commands
{
    /// <summary>
    /// Where the module's help lives online: Get-Help -Online opens a cmdlet's HelpUri (also the first related link of
    /// its help), and Update-Help reads the manifest's HelpInfoUri. The module's own pages, never the AWS API reference.
    /// </summary>
    internal static class HelpLinks
    {
        /// <summary>The project's home.</summary>
        public const string Project = "https://github.com/connectmonitor/ConnectMonitor";

        /// <summary>Start-ConnectContactMonitor's help page.</summary>
        public const string StartConnectContactMonitor = Project + "/blob/main/docs/help/Start-ConnectContactMonitor.md";

        /// <summary>Test-ConnectContactMonitor's help page.</summary>
        public const string TestConnectContactMonitor = Project + "/blob/main/docs/help/Test-ConnectContactMonitor.md";
    }
}
