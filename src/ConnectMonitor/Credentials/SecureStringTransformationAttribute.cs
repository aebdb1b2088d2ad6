using System.Management.Automation;
using System.Security;

namespace ConnectMonitor.Credentials
{
    /// <summary>
    /// Lets a SecureString parameter also take a plain string (as AWS Tools' -SecretKey does), so a script can pass
    /// either and the cmdlet keeps the secret in a SecureString from binding until the engine signs with it.
    /// </summary>
    public sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <summary>What Get-Help shows as the parameter's type: a string is what most scripts pass (a SecureString works too).</summary>
        public string HelpTypeName => "String";

        /// <inheritdoc />
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string text)
            {
                var secure = new SecureString();
                foreach (var c in text)
                {
                    secure.AppendChar(c);
                }

                secure.MakeReadOnly();
                return secure;
            }

            return value;
        }
    }
}
