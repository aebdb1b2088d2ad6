using System;
using System.Management.Automation;
using ConnectMonitor.Engine.Arns;
using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Trims surrounding spaces and tabs (as CSV cells and copy-paste add them) from a string argument before it is
    /// validated, by <see cref="WireText.Trim"/>. A value that is only whitespace is left as it is, for
    /// <see cref="ValidateWireTextAttribute"/> to reject by name. Anything that is not a string passes unchanged.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class TrimWireTextAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            // An array parameter (-ContactId c1, c2) is trimmed element by element.
            var value = inputData is PSObject wrapper ? wrapper.BaseObject : inputData;
            if (value is object[] || value is string[])
            {
                var items = (Array)value;
                var trimmedItems = new object[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    trimmedItems[i] = Transform(engineIntrinsics, items.GetValue(i));
                }

                return trimmedItems;
            }

            var text = inputData as string ?? (inputData as PSObject)?.BaseObject as string;
            if (text == null)
            {
                return inputData;
            }

            var trimmed = WireText.Trim(text);
            return trimmed.Length == 0 ? text : trimmed;
        }
    }

    /// <summary>
    /// Validates a string that goes into the request by the wire-text rules (<see cref="WireText.Problem"/>): not
    /// whitespace-only, no control character or line break, no unpaired surrogate, a length in Unicode code points
    /// within the model's limits. A failure is PowerShell's ParameterArgumentValidationError naming the rule.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateWireTextAttribute : ValidateArgumentsAttribute
    {
        /// <summary>Validates lengths of <paramref name="minLength"/>-<paramref name="maxLength"/> code points.</summary>
        public ValidateWireTextAttribute(int minLength, int maxLength)
        {
            MinLength = minLength;
            MaxLength = maxLength;
        }

        /// <summary>The least number of code points.</summary>
        public int MinLength { get; }

        /// <summary>The most code points.</summary>
        public int MaxLength { get; }

        /// <summary>When set, a value that starts like an ARN is held to the character rules only: its parts are checked when it is parsed.</summary>
        public bool ArnAllowed { get; set; }

        /// <inheritdoc />
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            // An array parameter (-ContactId c1, c2): every element by the same rules.
            var value = arguments is PSObject wrapper ? wrapper.BaseObject : arguments;
            if (value is Array items && !(value is string))
            {
                foreach (var item in items)
                {
                    if (item == null)
                    {
                        throw new ValidationMetadataException("The value is empty.");
                    }

                    Validate(item, engineIntrinsics);
                }

                return;
            }

            var text = arguments as string ?? (arguments as PSObject)?.BaseObject as string;
            if (text == null)
            {
                return;
            }

            var problem = ArnAllowed && ContactArn.LooksLikeArn(text)
                ? WireText.Problem(text, 1, int.MaxValue)
                : WireText.Problem(text, MinLength, MaxLength);
            if (problem != null)
            {
                throw new ValidationMetadataException($"The value {problem}. Leading and trailing spaces are trimmed; nothing else is changed.");
            }
        }
    }
}
