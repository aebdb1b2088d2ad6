using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Benchmarks;

/// <summary>
/// The double the pacing benchmarks run against: a fresh server per run (its bucket starts full, as an idle account's
/// would) with Connect's burst of 5, its contacts, and optionally a share of them throttled once independent of the
/// quota, as another tool sharing it would.
/// </summary>
internal static class QuotaServer
{
    /// <summary>The quota's burst (Connect's default).</summary>
    public const int Burst = 5;

    /// <summary>A server enforcing <paramref name="rps"/> with <paramref name="n"/> contacts named after <paramref name="prefix"/>.</summary>
    /// <param name="throttledShare">share of contacts the double throttles once, independent of its quota</param>
    public static async Task<(ConnectDoubleServer Server, string[] Contacts)> StartAsync(double rps, int n, string prefix, double throttledShare = 0)
    {
        var server = await ConnectDoubleServer.StartAsync(new ConnectDoubleOptions { Lifetime = TimeSpan.FromHours(1), MaxRequests = 1_000_000 });
        var contacts = NewContacts(server, n, prefix);
        server.Faults.SetRateLimit(rps, Burst);
        // Every k-th contact's first attempt past the quota is answered ThrottlingException (the fault plan's per-contact
        // queue comes after the quota), as if another tool had just taken the token.
        var every = throttledShare > 0 ? (int)Math.Round(1 / throttledShare) : 0;
        foreach (var contact in contacts.Where((_, i) => every > 0 && i % every == every / 2))
        {
            server.Faults.ForContact(contact, Fault.Throttle());
        }

        return (server, contacts);
    }

    /// <summary>Adds <paramref name="n"/> live contacts to the default instance of <paramref name="server"/>.</summary>
    public static string[] NewContacts(ConnectDoubleServer server, int n, string prefix)
    {
        var ids = Enumerable.Range(0, n).Select(i => $"{prefix}-{i}-{Guid.NewGuid():N}").ToArray();
        server.World.AddContacts(TestCredentials.InstanceId, ids);
        return ids;
    }
}
