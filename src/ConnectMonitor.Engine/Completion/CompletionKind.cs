namespace ConnectMonitor.Engine.Completion
{
    /// <summary>What a parameter completes: names of a kind of resource in an instance, or the instances themselves.</summary>
    public enum CompletionKind
    {
        /// <summary>User login names (SearchUsers).</summary>
        User,

        /// <summary>Queue names (SearchQueues).</summary>
        Queue,

        /// <summary>Routing profile names (SearchRoutingProfiles).</summary>
        RoutingProfile,

        /// <summary>User hierarchy group names (SearchUserHierarchyGroups).</summary>
        HierarchyGroup,

        /// <summary>Instances, by alias (ListInstances); needs no instance.</summary>
        Instance,
    }
}
