namespace ConnectMonitor.Engine.Supervision
{
    /// <summary>The kinds of Amazon Connect resource a supervisor names.</summary>
    public enum DirectoryResourceKind
    {
        /// <summary>A user (agent or supervisor), named by login name (SearchUsers, field Username).</summary>
        User,

        /// <summary>A queue, named by its name (SearchQueues).</summary>
        Queue,

        /// <summary>A routing profile, named by its name (SearchRoutingProfiles).</summary>
        RoutingProfile,

        /// <summary>A user hierarchy group, named by its name (SearchUserHierarchyGroups).</summary>
        HierarchyGroup,
    }
}
