using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// PowerShell's binding rule: a parameter given on the command line (or by $PSDefaultParameterValues) is not bound
    /// again from piped objects, so in <c>Import-Csv rows.csv | Start-ConnectContactMonitor -UserId $sup</c> a row's own
    /// UserId column would be ignored without a word, and that contact monitored for the wrong supervisor. This check
    /// makes such a row an error for that contact (nothing sent): a piped object whose property for a command-line
    /// parameter (by its name or an alias), or for a parameter that names the same thing in another form (the
    /// supervisor: -UserId and -UserName), holds a different, non-empty value. A row that leaves the column empty, or
    /// holds the same value, takes the command-line value. A value in another form (a row's UserName against -UserId,
    /// a row's UserId against -UserName) is only known to agree once the name is looked up: such values come back as
    /// <see cref="RowClaim"/>s for the caller to compare by user id (<see cref="Conflict"/>).
    /// </summary>
    internal sealed class CommandLineOverrideCheck
    {
        // Secrets are never compared or echoed; ContactId cannot be given on the command line with piped input.
        private static readonly HashSet<string> NotChecked = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "ContactId", "SecretKey", "SessionToken", "Credential", "InputObject",
        };

        private const string UserIdParameter = "UserId";
        private const string UserNameParameter = "UserName";

        // Parameters that name the same thing: a command-line value for one is compared with a row's value for any.
        private static readonly string[][] SameThing =
        {
            new[] { UserIdParameter, UserNameParameter },
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
        /// What to watch: the parameters bound before any input arrived (the command line and $PSDefaultParameterValues)
        /// that also bind by property name, each with the row properties that name the same thing. Call from
        /// BeginProcessing. Only the bound values are taken now; the command's parameter metadata
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
                if (!BindsByPropertyName(_command, bound.Key))
                {
                    continue;
                }

                var forms = (SameThing.FirstOrDefault(g => g.Contains(bound.Key, StringComparer.OrdinalIgnoreCase)) ?? new[] { bound.Key })
                    .Where(p => BindsByPropertyName(_command, p))
                    .Select(p => new Form(p, new[] { p }.Concat(_command.Parameters[p].Aliases).ToArray()))
                    .ToList();
                watched.Add(new Watched(_command.Parameters[bound.Key].Name, bound.Value, forms));
            }

            return _watched = watched;
        }

        /// <summary>
        /// An ErrorRecord for the first property of <paramref name="input"/> that the command line overrides, else null;
        /// <paramref name="toCompareById"/> gets the row's supervisor values that can only be compared once looked up.
        /// </summary>
        public ErrorRecord Check(object input, ErrorSubject subject, out IReadOnlyList<RowClaim> toCompareById)
        {
            var claims = new List<RowClaim>();
            toCompareById = claims;
            if (_boundOnCommandLine.Count == 0 || !(input is PSObject row) || row.BaseObject is string)
            {
                return null;
            }

            foreach (var parameter in WatchedParameters())
            {
                foreach (var form in parameter.Forms)
                {
                    // PowerShell tries the parameter's name first, then its aliases: the first property present is the row's value.
                    var property = form.Names.Select(n => row.Properties[n]).FirstOrDefault(p => p != null);
                    var rowValue = property == null ? null : Text(form.Parameter, property.Value);
                    if (string.IsNullOrEmpty(rowValue))
                    {
                        continue;
                    }

                    var claim = new RowClaim(parameter, form.Parameter, property.Name, rowValue);
                    if (!string.Equals(form.Parameter, parameter.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        // Another form of the same thing (a name against an id): equal only if it names the same user.
                        claims.Add(claim);
                        continue;
                    }

                    if (string.Equals(rowValue, parameter.Text, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (string.Equals(rowValue, parameter.Text, StringComparison.OrdinalIgnoreCase))
                    {
                        // Login names that differ only by case may be two users ("kim" and "Kim"): compare what they name.
                        if (parameter.Name == UserNameParameter)
                        {
                            claims.Add(claim);
                        }

                        continue;
                    }

                    return Conflict(claim, null, subject);
                }
            }

            return null;
        }

        /// <summary>
        /// The PipelineValueConflict for a row whose <paramref name="claim"/> differs from the command line;
        /// <paramref name="claimedUserId"/> is the user id a row's name was found to be, when it was looked up.
        /// </summary>
        public static ErrorRecord Conflict(RowClaim claim, string claimedUserId, ErrorSubject subject)
        {
            var names = claimedUserId == null ? "" : $" (user {claimedUserId})";
            var commandLine = claim.CommandLine.Name == UserNameParameter && subject.UserId != null
                ? $"-{claim.CommandLine.Name} '{claim.CommandLine.Text}' (user {subject.UserId})"
                : $"-{claim.CommandLine.Name} '{claim.CommandLine.Text}'";
            var message =
                $"Contact '{subject.ContactId}': the piped object's {claim.Property} is '{claim.Value}'{names}, but {commandLine} " +
                "was given on the command line (or by $PSDefaultParameterValues), and PowerShell does not bind a parameter from the " +
                $"pipeline once the command line has bound it. Nothing was sent for this contact. To use each row's own {claim.Property}, " +
                $"leave -{claim.CommandLine.Name} off the command line (it then comes from the rows); otherwise make the row agree or " +
                "leave its cell empty.";
            return ErrorRecordFactory.ForInvalidInput(ErrorIds.PipelineValueConflict, message, subject);
        }

        private static bool BindsByPropertyName(CommandInfo command, string parameter) =>
            command.Parameters.TryGetValue(parameter, out var metadata) &&
            metadata.ParameterSets.Values.Any(s => s.ValueFromPipelineByPropertyName);

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

        /// <summary>A row's value for a parameter that names what a command-line parameter names.</summary>
        internal sealed class RowClaim
        {
            public RowClaim(Watched commandLine, string parameter, string property, string value)
            {
                CommandLine = commandLine;
                Parameter = parameter;
                Property = property;
                Value = value;
            }

            /// <summary>The command-line parameter and its value.</summary>
            public Watched CommandLine { get; }

            /// <summary>The parameter the row's property binds to (UserId or UserName).</summary>
            public string Parameter { get; }

            /// <summary>The row's property, as the row spells it.</summary>
            public string Property { get; }

            /// <summary>The row's value, trimmed.</summary>
            public string Value { get; }

            /// <summary>True when the row's value is a login name, to be looked up before it can be compared.</summary>
            public bool IsUserName => Parameter == UserNameParameter;
        }

        /// <summary>A parameter and the names (its own and its aliases) a row's property may carry it by.</summary>
        internal sealed class Form
        {
            public Form(string parameter, string[] names)
            {
                Parameter = parameter;
                Names = names;
            }

            public string Parameter { get; }

            public string[] Names { get; }
        }

        /// <summary>A command-line value and the forms a row may name the same thing in.</summary>
        internal sealed class Watched
        {
            public Watched(string name, object value, List<Form> forms)
            {
                Name = name;
                Text = CommandLineOverrideCheck.Text(name, value);
                Forms = forms;
            }

            public string Name { get; }

            public string Text { get; }

            public List<Form> Forms { get; }
        }
    }
}
