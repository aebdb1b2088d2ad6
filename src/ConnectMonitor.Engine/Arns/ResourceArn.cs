using System;
using ConnectMonitor.Engine.Inputs;
using ConnectMonitor.Engine.Supervision;

namespace ConnectMonitor.Engine.Arns
{
    /// <summary>
    /// An ARN given where a resource of one kind is meant (Get-ConnectLiveContact's -Agent, -Queue, -RoutingProfile,
    /// -HierarchyGroup): <c>arn:{partition}:connect:{region}:{account}:instance/{instanceId}/{kind}/{id}</c>, with kind
    /// <c>agent</c>, <c>queue</c>, <c>routing-profile</c> or <c>agent-group</c>. Its shared fields follow
    /// <see cref="ConnectArnFields"/>, its kind must be the filter's, and its id the id rules (1-100 code points).
    /// </summary>
    public sealed class ResourceArn
    {
        private ResourceArn(string instanceId, string id, string region)
        {
            InstanceId = instanceId;
            Id = id;
            Region = region;
        }

        /// <summary>The instance named by the ARN.</summary>
        public string InstanceId { get; }

        /// <summary>The resource's id.</summary>
        public string Id { get; }

        /// <summary>The region named by the ARN.</summary>
        public string Region { get; }

        /// <summary>The ARN's resource-type word for a kind.</summary>
        public static string KindWord(DirectoryResourceKind kind)
        {
            switch (kind)
            {
                case DirectoryResourceKind.User: return "agent";
                case DirectoryResourceKind.Queue: return "queue";
                case DirectoryResourceKind.RoutingProfile: return "routing-profile";
                default: return "agent-group";
            }
        }

        /// <summary>Parses <paramref name="text"/> as an ARN of <paramref name="kind"/>; on failure, <paramref name="problem"/> says why.</summary>
        public static ResourceArn Parse(string text, DirectoryResourceKind kind, out string problem)
        {
            var expected = $"arn:aws:connect:<region>:<account>:instance/<instance id>/{KindWord(kind)}/<id>";
            var fields = ConnectArnFields.Split(text);
            if (fields == null)
            {
                problem = $"is not an Amazon Connect ARN; a {NameResolution.Describe(kind)} ARN looks like {expected}";
                return null;
            }

            var shared = ConnectArnFields.Problem(fields[1], fields[3], fields[4]);
            var parts = fields[5].Split('/');
            if (shared != null)
            {
                problem = shared;
                return null;
            }

            if (parts.Length != 4 || parts[0] != "instance" || parts[1].Length == 0)
            {
                problem = $"is not a {NameResolution.Describe(kind)} ARN; one looks like {expected}";
                return null;
            }

            if (!string.Equals(parts[2], KindWord(kind), StringComparison.Ordinal))
            {
                problem = $"is the ARN of a '{parts[2]}', not of a {NameResolution.Describe(kind)} ({expected})";
                return null;
            }

            problem = WireText.Problem(parts[3], 1, 100) ?? WireText.Problem(parts[1], 1, 100);
            if (problem != null)
            {
                problem = "has an id that " + problem;
                return null;
            }

            return new ResourceArn(parts[1], parts[3], fields[3]);
        }
    }
}
