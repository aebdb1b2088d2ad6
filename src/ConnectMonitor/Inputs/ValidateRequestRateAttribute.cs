using System;
using System.Globalization;
using System.Management.Automation;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// -MaxRequestsPerSecond: 0 (pacing off) or a rate from <see cref="Minimum"/> to <see cref="Maximum"/>. A rate
    /// slower than one request in 1000 seconds is no pacing anyone means, and would overflow the waits.
    /// A failure is PowerShell's ParameterArgumentValidationError.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateRequestRateAttribute : ValidateArgumentsAttribute
    {
        /// <summary>The slowest rate accepted (one request in 1000 seconds).</summary>
        public const double Minimum = 0.001;

        /// <summary>The fastest rate accepted.</summary>
        public const double Maximum = 10000;

        /// <inheritdoc />
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
            if (!(value is double rate))
            {
                return;
            }

            if (rate == 0 || (rate >= Minimum && rate <= Maximum))
            {
                return;
            }

            throw new ValidationMetadataException(string.Format(CultureInfo.InvariantCulture,
                "{0} is not a request rate this cmdlet can pace to: use 0 (pacing off) or a rate from {1} to {2} requests per second.",
                rate, Minimum, Maximum));
        }
    }
}
