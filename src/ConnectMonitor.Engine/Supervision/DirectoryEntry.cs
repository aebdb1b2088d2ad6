namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>One resource a lookup found: its id, ARN and name (a user's login name).</summary>
    public sealed class DirectoryEntry
    {
        /// <summary>Creates an entry.</summary>
        public DirectoryEntry(string id, string arn, string name, string detail = null)
        {
            Id = id;
            Arn = arn;
            Name = name;
            Detail = detail;
        }

        /// <summary>The resource id.</summary>
        public string Id { get; }

        /// <summary>The resource ARN.</summary>
        public string Arn { get; }

        /// <summary>The name (a user's login name).</summary>
        public string Name { get; }

        /// <summary>Something that tells two same-named entries apart (a user's full name, a group's level), or null.</summary>
        public string Detail { get; }
    }
}
