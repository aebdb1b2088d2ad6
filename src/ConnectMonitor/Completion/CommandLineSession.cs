using System;
using System.Collections;
using System.Management.Automation;
using System.Security;
using ConnectMonitor.Commands;
using ConnectMonitor.Credentials;
using ConnectMonitor.Engine.Arns;
using ConnectMonitor.Engine.Completion;

namespace ConnectMonitor.Completion
{
    /// <summary>
    /// The session a command line being completed names (its bound parameters: -InstanceId, -Region, -EndpointUrl,
    /// -ProfileName, -ProfileLocation, keys, -Credential, with the shell's $StoredAWSCredentials/$StoredAWSRegion), as a
    /// <see cref="CompletionQuery"/>. An instance ARN gives the instance id and the region.
    /// </summary>
    internal static class CommandLineSession
    {
        public static CompletionQuery Query(IDictionary boundParameters, CompletionKind kind, string wordToComplete)
        {
            var instance = Text(boundParameters, "InstanceId");
            var region = Text(boundParameters, "Region", "RegionToCall");
            if (instance != null && InstanceArn.TryParse(instance, out var arn))
            {
                // A broken ARN would be an error when the command runs: completion sends nothing for it.
                instance = arn.Problem() == null ? arn.InstanceId : null;
                region = region ?? arn.Region;
            }

            var settings = ConnectCmdletBase.SessionSettings(
                region,
                Text(boundParameters, "EndpointUrl"),
                Text(boundParameters, "ProfileName", "StoredCredentials", "AWSProfileName"),
                Text(boundParameters, "ProfileLocation", "AWSProfilesLocation", "ProfilesLocation"),
                Text(boundParameters, "AccessKey", "AK"),
                Secure(Value(boundParameters, "SecretKey", "SK", "SecretAccessKey")),
                Secure(Value(boundParameters, "SessionToken", "ST")),
                Value(boundParameters, "Credential"),
                ShellDefaults.CredentialsFrom(ShellVariable(ShellDefaults.CredentialsVariable)),
                ShellDefaults.RegionFrom(ShellVariable(ShellDefaults.RegionVariable)));
            return new CompletionQuery(settings, kind, instance, region, CompletionText.Prefix(wordToComplete));
        }

        private static object Value(IDictionary boundParameters, params string[] names)
        {
            foreach (var name in names)
            {
                if (boundParameters != null && boundParameters.Contains(name))
                {
                    var value = boundParameters[name];
                    return value is PSObject wrapped ? wrapped.BaseObject : value;
                }
            }

            return null;
        }

        private static string Text(IDictionary boundParameters, params string[] names)
        {
            var text = Value(boundParameters, names) as string;
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        private static SecureString Secure(object value)
        {
            if (value is SecureString secure)
            {
                return secure;
            }

            if (!(value is string text) || text.Length == 0)
            {
                return null;
            }

            var result = new SecureString();
            foreach (var c in text)
            {
                result.AppendChar(c);
            }

            result.MakeReadOnly();
            return result;
        }

        // The shell's AWS Tools defaults, read in the session being completed; any problem (strict mode) means none.
        private static object ShellVariable(string name)
        {
            try
            {
                return ScriptBlock.Create("$" + name).InvokeReturnAsIs();
            }
            catch (Exception ex) when (ex is RuntimeException || ex is InvalidOperationException)
            {
                return null;
            }
        }
    }
}
