using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConnectMonitor.Engine.Errors;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// Runs a profile's <c>credential_process</c> command line (through <c>/bin/sh -c</c>, or <c>cmd.exe /c</c> on
    /// Windows) with a time-out, and kills it when the time-out passes or the pipeline stops. The AWS CLI waits for
    /// ever; a supervisor's runbook should not. The time-out is <see cref="DefaultTimeout"/>, or the number of seconds in
    /// the <see cref="TimeoutVariable"/> environment variable.
    /// </summary>
    internal static class CredentialProcessRunner
    {
        /// <summary>The environment variable that overrides the time-out (seconds, fractions allowed).</summary>
        public const string TimeoutVariable = "CONNECTMONITOR_CREDENTIAL_PROCESS_TIMEOUT";

        /// <summary>How long a credential process may run when <see cref="TimeoutVariable"/> is not set.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

        private const int MaxStdout = 64 * 1024;
        private const int MaxStderr = 4 * 1024;

        /// <summary>The time-out in force now (the variable is read on every run, like the rest of the environment).</summary>
        public static TimeSpan Timeout
        {
            get
            {
                // The variable's rule is checked before credentials are resolved (InvalidSetting); checked again here, as
                // the environment may change between.
                var text = ConfigSettings.CheckedEnvironmentValue(ConfigSettings.CredentialProcessTimeout);
                return text != null && ConfigSetting.TryParseSeconds(text, out var seconds) ? TimeSpan.FromSeconds(seconds) : DefaultTimeout;
            }
        }

        /// <summary>
        /// Runs <paramref name="commandLine"/> and returns what it printed on stdout. Throws
        /// <see cref="ConnectConfigurationException"/> when it cannot start, times out or fails, and
        /// <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires; the process is killed
        /// in both of the last cases.
        /// </summary>
        public static string Run(string commandLine, string profileName, CancellationToken cancellation)
        {
            var timeout = Timeout;
            var isWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
            var start = new ProcessStartInfo
            {
                FileName = isWindows ? "cmd.exe" : "/bin/sh",
                Arguments = isWindows ? "/d /s /c \"" + commandLine + "\"" : "-c " + Quote(commandLine),
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = false,
                CreateNoWindow = true,
            };

            using (var process = new Process { StartInfo = start, EnableRaisingEvents = true })
            {
                var exited = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                process.Exited += (_, __) => exited.TrySetResult(true);
                try
                {
                    process.Start();
                }
                catch (Exception ex)
                {
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidProfile,
                        $"The credential_process of the profile '{profileName}' could not be started: {OutsideError.MessageOf(ex)}", ex);
                }

                var stdout = ReadCappedAsync(process.StandardOutput, MaxStdout);
                var stderr = ReadCappedAsync(process.StandardError, MaxStderr);
                try
                {
                    var finished = Task.WhenAny(exited.Task, Task.Delay(timeout, cancellation)).GetAwaiter().GetResult() == exited.Task;
                    if (!finished)
                    {
                        Kill(process);
                        cancellation.ThrowIfCancellationRequested();
                        throw new ConnectConfigurationException(ConnectConfigurationProblem.CredentialProcessTimeout,
                            $"The credential_process of the profile '{profileName}' did not finish within {timeout.TotalSeconds:0.##} seconds and was stopped. " +
                            $"Check that it does not wait for input (a sign-in prompt, a locked keychain), or set {TimeoutVariable} to a longer time-out in seconds.");
                    }
                }
                catch (OperationCanceledException)
                {
                    Kill(process);
                    throw;
                }

                process.WaitForExit();
                var output = Await(stdout);
                if (process.ExitCode != 0)
                {
                    var said = OutsideText.Clean(Await(stderr).Trim(), 500);
                    throw new ConnectConfigurationException(ConnectConfigurationProblem.InvalidProfile,
                        $"The credential_process of the profile '{profileName}' failed with exit code {process.ExitCode}" +
                        (string.IsNullOrEmpty(said) ? "." : $": {said}"));
                }

                return output;
            }
        }

        private static string Await(Task<string> read) =>
            read.Wait(TimeSpan.FromSeconds(2)) ? read.Result : "";

        private static async Task<string> ReadCappedAsync(System.IO.StreamReader reader, int max)
        {
            var text = new StringBuilder();
            var buffer = new char[4096];
            try
            {
                int read;
                while ((read = await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
                {
                    if (text.Length < max)
                    {
                        text.Append(buffer, 0, Math.Min(read, max - text.Length));
                    }
                }
            }
            catch (Exception)
            {
                // The process was killed or its pipe closed: keep what arrived.
            }

            return text.ToString();
        }

        /// <summary>Kills the process and, where the runtime can (.NET Core 3 and later), the processes it started.</summary>
        private static void Kill(Process process)
        {
            try
            {
                var tree = typeof(Process).GetMethod(nameof(Process.Kill), new[] { typeof(bool) });
                if (tree != null)
                {
                    tree.Invoke(process, new object[] { true });
                }
                else
                {
                    process.Kill();
                }
            }
            catch (Exception)
            {
                // Already gone.
            }
        }

        // One argument for /bin/sh, quoted by the rules .NET uses to split ProcessStartInfo.Arguments.
        private static string Quote(string value)
        {
            var quoted = new StringBuilder("\"");
            var backslashes = 0;
            foreach (var c in value)
            {
                if (c == '\\')
                {
                    backslashes++;
                    continue;
                }

                if (c == '"')
                {
                    quoted.Append('\\', backslashes * 2 + 1).Append('"');
                }
                else
                {
                    quoted.Append('\\', backslashes).Append(c);
                }

                backslashes = 0;
            }

            quoted.Append('\\', backslashes * 2).Append('"');
            return quoted.ToString();
        }
    }
}
