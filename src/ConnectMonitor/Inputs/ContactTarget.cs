using ConnectMonitor.Engine.Arns;
using ConnectMonitor.Engine.Sessions;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Which contact, instance and region one pipeline input names, after reconciling a contact id or contact ARN with
    /// -InstanceId and -Region.
    /// </summary>
    internal sealed class ContactTarget
    {
        private ContactTarget(string contactId, string instanceId, string arnRegion, string arnAccountId, string arnPartition)
        {
            ContactId = contactId;
            InstanceId = instanceId;
            ArnRegion = arnRegion;
            ArnAccountId = arnAccountId;
            ArnPartition = arnPartition;
        }

        public string ContactId { get; }

        public string InstanceId { get; }

        /// <summary>The region named by a contact ARN or an instance ARN, or null when the input had no ARN.</summary>
        public string ArnRegion { get; }

        /// <summary>The account named by a contact ARN or an instance ARN, or null (an answer's ARN must name the same).</summary>
        public string ArnAccountId { get; }

        /// <summary>The partition named by a contact ARN or an instance ARN, or null (an answer's ARN must name the same).</summary>
        public string ArnPartition { get; }

        /// <summary>
        /// Reconciles the inputs. Returns null and sets <paramref name="errorId"/> and <paramref name="error"/> when they
        /// are incomplete or contradict each other, or when a contact ARN breaks its rules. With
        /// <paramref name="customEndpoint"/> (-EndpointUrl given), an ARN's region is only the signing region and need not be a known one.
        /// </summary>
        public static ContactTarget Resolve(string contactId, string instanceId, string region, bool customEndpoint, out string errorId, out string error)
        {
            errorId = null;
            error = null;
            string instanceRegion = null, instanceAccount = null, instancePartition = null;
            if (ContactArn.LooksLikeArn(instanceId))
            {
                if (!InstanceArn.TryParse(instanceId, out var instanceArn))
                {
                    return Fail(ErrorIds.InvalidInstanceArn,
                        $"-InstanceId '{instanceId}' for contact '{contactId}' is not an Amazon Connect instance ARN " +
                        "(arn:<partition>:connect:<region>:<account>:instance/<instance-id>); give the instance id or the instance ARN.",
                        out errorId, out error);
                }

                // The same rules as a contact ARN's: nothing is sent to a region or account an ARN could not name.
                var instanceProblem = instanceArn.Problem();
                if (instanceProblem != null)
                {
                    return Fail(ErrorIds.InvalidInstanceArn,
                        $"-InstanceId '{instanceId}' for contact '{contactId}' is not a valid Amazon Connect instance ARN: {instanceProblem}. Nothing was sent for it.",
                        out errorId, out error);
                }

                if (!string.IsNullOrEmpty(region) && region != instanceArn.Region)
                {
                    return Fail(ErrorIds.RegionConflict,
                        $"-Region '{region}' does not match the region '{instanceArn.Region}' in the instance ARN '{instanceArn.Value}'.", out errorId, out error);
                }

                instanceId = instanceArn.InstanceId;
                instanceRegion = instanceArn.Region;
                instanceAccount = instanceArn.AccountId;
                instancePartition = instanceArn.Partition;
                region = region ?? instanceRegion;
            }

            if (!ContactArn.LooksLikeArn(contactId))
            {
                if (string.IsNullOrEmpty(instanceId))
                {
                    return Fail(ErrorIds.MissingInstanceId,
                        $"No instance id for contact '{contactId}': pass -InstanceId, or give the contact as an ARN (which names its instance).",
                        out errorId, out error);
                }

                return new ContactTarget(contactId, instanceId, instanceRegion, instanceAccount, instancePartition);
            }

            if (!TryParse(contactId, out var arn, out errorId, out error))
            {
                return null;
            }

            var problem = arn.Problem();
            if (problem != null)
            {
                return Fail(ErrorIds.InvalidContactArn, $"'{arn.Value}' is not a valid Amazon Connect contact ARN: {problem}. Nothing was sent for it.", out errorId, out error);
            }

            var regionProblem = RegionNames.Problem(arn.Region, customEndpoint);
            if (regionProblem != null)
            {
                return Fail(ErrorIds.UnknownRegion,
                    $"The region '{arn.Region}' in the contact ARN '{arn.Value}' {regionProblem}, so nothing was sent for it (with -EndpointUrl any region name serves as the signing region).",
                    out errorId, out error);
            }

            if (!string.IsNullOrEmpty(instanceId) && instanceId != arn.InstanceId)
            {
                return Fail(ErrorIds.InstanceIdConflict,
                    $"-InstanceId '{instanceId}' does not match the instance '{arn.InstanceId}' in the contact ARN '{arn.Value}'.", out errorId, out error);
            }

            if (!string.IsNullOrEmpty(region) && region != arn.Region)
            {
                return Fail(ErrorIds.RegionConflict,
                    $"-Region '{region}' does not match the region '{arn.Region}' in the contact ARN '{arn.Value}'.", out errorId, out error);
            }

            return new ContactTarget(arn.ContactId, arn.InstanceId, arn.Region, arn.AccountId, arn.Partition);
        }

        private static bool TryParse(string text, out ContactArn arn, out string errorId, out string error)
        {
            if (ContactArn.TryParse(text, out arn))
            {
                errorId = null;
                error = null;
                return true;
            }

            Fail(ErrorIds.InvalidContactArn,
                $"'{text}' is not an Amazon Connect contact ARN (arn:<partition>:connect:<region>:<account>:instance/<instance-id>/contact/<contact-id>).",
                out errorId, out error);
            return false;
        }

        private static ContactTarget Fail(string id, string message, out string errorId, out string error)
        {
            errorId = id;
            error = message;
            return null;
        }
    }
}
