using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// PowerShell's binding rule: a parameter given on the command line is not bound again from piped objects, so in
    /// <c>Import-Csv rows.csv | Start-ConnectContactMonitor -UserId $sup</c> a row's own UserId column would be ignored
    /// without a word, and that contact monitored for the wrong supervisor. This check makes such a row an error for
    /// that contact (nothing sent): a piped object whose property for a command-line parameter (by its name or an
    /// alias) holds a different, non-empty value. A row that leaves the column empty, or holds the same value, takes
    /// the command-line value.
    /// </summary>
    internal sealed class CommandLineOverrideCheck
    {
        // Secrets are never compared or echoed; ContactId cannot be given on the command line with piped input.
        private static readonly HashSet<string> NotChecked = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "ContactId", "SecretKey", "SessionToken", "Credential", "InputObject",
        };

        private readonly CommandInfo _command;
        private readonly List<KeyValuePair<string, object>> _boundOnCommandLine;
        private List<Watched> _watched;

        private CommandLineOverrideCheck(CommandInfo command, List<KeyValuePair<string, object>> boundOnCommandLine)
        {
            _command = command;
            _boundOnCommandLine = boundOnCommandLine;
        }

        /// <summary>
        /// What to watch: the parameters bound before any input arrived (the command line) that also bind by property
        /// name. Call from BeginProcessing. Only the bound values are taken now; the command's parameter metadata
        /// (<c>MyCommand.Parameters</c>, which PowerShell builds afresh for each caller: about 80 methods JIT-compiled on
        /// a runbook's first call) is read when the first piped object arrives, so a call with no piped object never
        /// pays for it.
        /// </summary>
        public static CommandLineOverrideCheck ForCommandLine(InvocationInfo invocation)
        {
            var bound = new List<KeyValuePair<string, object>>();
            foreach (var parameter in invocation.BoundParameters)
            {
                if (!NotChecked.Contains(parameter.Key))
                {
                    bound.Add(parameter);
                }
            }

            return new CommandLineOverrideCheck(invocation.MyCommand, bound);
        }

        private List<Watched> WatchedParameters()
        {
            if (_watched != null)
            {
                return _watched;
            }

            var watched = new List<Watched>();
            foreach (var bound in _boundOnCommandLine)
            {
                if (!_command.Parameters.TryGetValue(bound.Key, out var metadata) ||
                    !metadata.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName))
                {
                    continue;
                }

                watched.Add(new Watched(bound.Key, new[] { bound.Key }.Concat(metadata.Aliases).ToArray(), bound.Value));
            }

            return _watched = watched;
        }

        /// <summary>An ErrorRecord for the first property of <paramref name="input"/> that the command line overrides, else null.</summary>
        public ErrorRecord Check(object input, string contact)
        {
            if (_boundOnCommandLine.Count == 0 || !(input is PSObject row) || row.BaseObject is string)
            {
                return null;
            }

            foreach (var parameter in WatchedParameters())
            {
                // PowerShell tries the parameter's name first, then its aliases: the first property present is the row's value.
                var property = parameter.Names.Select(n => row.Properties[n]).FirstOrDefault(p => p != null);
                var rowValue = property == null ? null : Text(parameter.Name, property.Value);
                if (string.IsNullOrEmpty(rowValue) || string.Equals(rowValue, parameter.Text, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var message =
                    $"Contact '{contact}': the piped object's {property.Name} is '{rowValue}', but -{parameter.Name} '{parameter.Text}' " +
                    "was given on the command line, and PowerShell does not bind a parameter from the pipeline once the command line " +
                    $"has bound it. Nothing was sent for this contact. To use each row's own {property.Name}, leave -{parameter.Name} off " +
                    "the command line (it then comes from the rows); otherwise make the row agree or leave its cell empty.";
                return ErrorRecordFactory.ForInvalidInput(ErrorIds.PipelineValueConflict, message, contact);
            }

            return null;
        }

        private static string Text(string parameter, object value)
        {
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            if (string.Equals(parameter, "AllowedMonitorCapability", StringComparison.OrdinalIgnoreCase))
            {
                return string.Join(",", MonitorCapabilities.Tokens(value).OrderBy(t => t, StringComparer.Ordinal));
            }

            return value == null ? null : LanguagePrimitives.ConvertTo<string>(value).Trim();
        }

        private sealed class Watched
        {
            public Watched(string name, string[] names, object value)
            {
                Name = name;
                Names = names;
                Text = CommandLineOverrideCheck.Text(name, value);
            }

            public string Name { get; }

            public string[] Names { get; }

            public string Text { get; }
        }
    }
}
