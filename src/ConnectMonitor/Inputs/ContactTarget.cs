using ConnectMonitor.Engine.Arns;
using ConnectMonitor.Errors;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Which contact, instance and region one pipeline input names, after reconciling a plain contact id, a contact
    /// ARN (given in place of the id or as its own property), -InstanceId and -Region.
    /// </summary>
    internal sealed class ContactTarget
    {
        private ContactTarget(string contactId, string instanceId, string arnRegion)
        {
            ContactId = contactId;
            InstanceId = instanceId;
            ArnRegion = arnRegion;
        }

        public string ContactId { get; }

        public string InstanceId { get; }

        /// <summary>The region named by a contact ARN, or null when the input had no ARN.</summary>
        public string ArnRegion { get; }

        /// <summary>
        /// Reconciles the inputs. Returns null and sets <paramref name="errorId"/> and <paramref name="error"/> when they
        /// are incomplete or contradict each other.
        /// </summary>
        public static ContactTarget Resolve(
            string contactId, string contactArn, string instanceId, string region,
            out string errorId, out string error)
        {
            errorId = null;
            error = null;
            ContactArn arn = null;

            if (ContactArn.LooksLikeArn(contactId))
            {
                if (!TryParse(contactId, out arn, out errorId, out error))
                {
                    return null;
                }

                if (!string.IsNullOrEmpty(contactArn) && contactArn != contactId)
                {
                    return Fail(ErrorIds.ContactIdConflict,
                        $"The contact was given as two different ARNs: '{contactId}' and '{contactArn}'.", out errorId, out error);
                }
            }
            else if (!string.IsNullOrEmpty(contactArn))
            {
                if (!TryParse(contactArn, out arn, out errorId, out error))
                {
                    return null;
                }

                if (!string.IsNullOrEmpty(contactId) && contactId != arn.ContactId)
                {
                    return Fail(ErrorIds.ContactIdConflict,
                        $"The contact id '{contactId}' does not match the contact ARN '{contactArn}' (contact '{arn.ContactId}').", out errorId, out error);
                }
            }

            if (arn == null)
            {
                if (string.IsNullOrEmpty(contactId))
                {
                    return Fail(ErrorIds.MissingContactId, "No contact id or contact ARN was given.", out errorId, out error);
                }

                if (string.IsNullOrEmpty(instanceId))
                {
                    return Fail(ErrorIds.MissingInstanceId,
                        $"No instance id for contact '{contactId}': pass -InstanceId, or give the contact as an ARN (which names its instance).",
                        out errorId, out error);
                }

                return new ContactTarget(contactId, instanceId, null);
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

            return new ContactTarget(arn.ContactId, arn.InstanceId, arn.Region);
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
