using System;
using System.Globalization;
using System.Linq;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// One setting the module or the AWS SDK reads (an environment variable, a key of the profile in force, or both),
    /// and the rule its value must meet. A value that breaks the rule is refused before anything is sent: the SDK would
    /// otherwise drop it silently (AWS_MAX_ATTEMPTS=abc), read it another way (AWS_RETRY_MODE=5), or drop the whole
    /// profile (<c>retry_mode = bogus</c> makes the profile unknown to the SDK).
    /// </summary>
    internal sealed class ConfigSetting
    {
        private readonly Func<string, string> _problem;

        private ConfigSetting(string variable, string profileKey, Func<string, string> problem)
        {
            Variable = variable;
            ProfileKey = profileKey;
            _problem = problem;
        }

        /// <summary>The environment variable, or null when the setting only lives in a profile.</summary>
        public string Variable { get; }

        /// <summary>The profile key, or null when the setting is only an environment variable.</summary>
        public string ProfileKey { get; }

        /// <summary>True for the endpoint URL settings (refused as InvalidEndpoint rather than InvalidSetting).</summary>
        public bool IsEndpoint { get; private set; }

        /// <summary>The environment variable's value, trimmed; null when it is unset or empty (as the SDK reads it).</summary>
        public string EnvironmentValue
        {
            get
            {
                var value = Variable == null ? null : Environment.GetEnvironmentVariable(Variable);
                return string.IsNullOrEmpty(value) ? null : value.Trim();
            }
        }

        /// <summary>What is wrong with <paramref name="value"/> (trimmed), as "must be ..." text; null when it is fine.</summary>
        public string ProblemWith(string value) => _problem(value.Trim());

        /// <summary>A value shown in a message: cleaned, user information in a URL hidden, cut at 100 characters.</summary>
        public string Shown(string value) => EndpointText.Redact(OutsideText.Clean(value, 100));

        /// <summary>true or false, in any case.</summary>
        public static ConfigSetting Boolean(string variable, string profileKey) =>
            new ConfigSetting(variable, profileKey, v => OneOfProblem(v, "true", "false"));

        /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
        public static ConfigSetting Integer(string variable, string profileKey, long min, long max) =>
            new ConfigSetting(variable, profileKey, v =>
                long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                    ? null
                    : $"must be a whole number from {min} to {max}");

        /// <summary>A number of seconds above 0 and at most <paramref name="maxSeconds"/>, fractions allowed.</summary>
        public static ConfigSetting Seconds(string variable, double maxSeconds) =>
            new ConfigSetting(variable, null, v =>
                TryParseSeconds(v, out var seconds) && seconds > 0 && seconds <= maxSeconds
                    ? null
                    : $"must be a number of seconds above 0 and at most {maxSeconds.ToString(CultureInfo.InvariantCulture)} (fractions allowed, written with a point: 0.5)");

        /// <summary>One of <paramref name="values"/>, in any case; <paramref name="note"/> is added to the refusal.</summary>
        public static ConfigSetting OneOf(string variable, string profileKey, string note, params string[] values) =>
            new ConfigSetting(variable, profileKey, v => OneOfProblem(v, values) is string problem ? problem + note : null);

        /// <summary>An absolute URL (the SDK's own rule for the instance-metadata endpoint).</summary>
        public static ConfigSetting AbsoluteUrl(string variable, string profileKey) =>
            new ConfigSetting(variable, profileKey, v => Uri.IsWellFormedUriString(v, UriKind.Absolute) ? null : "must be an absolute URL");

        /// <summary>An Amazon Connect endpoint URL (<see cref="EndpointText.Problem"/>).</summary>
        public static ConfigSetting Endpoint(string variable, string profileKey) =>
            new ConfigSetting(variable, profileKey, EndpointText.Problem) { IsEndpoint = true };

        /// <summary>Parses a value <see cref="Seconds"/> accepted.</summary>
        public static bool TryParseSeconds(string value, out double seconds) =>
            double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture, out seconds);

        private static string OneOfProblem(string value, params string[] values) =>
            values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)) ? null : "must be one of " + string.Join(", ", values);
    }
}
