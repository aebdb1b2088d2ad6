using ConnectMonitor.ConnectDouble;

namespace ConnectMonitor.Tests.Infrastructure;

/// <summary>
/// "Nothing more is sent" after Stop, checked over a grace period rather than at one instant: a call that was queued
/// or pacing when Stop came and goes out anyway does so within milliseconds, so the check waits for the arrival such a
/// late send would be, and fails when it comes. The wait is the condition itself, bounded by <see cref="Grace"/>; it is
/// not a sleep before a count.
/// </summary>
internal static class LateSends
{
    /// <summary>How long after Stop a late send is looked for.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>Asserts that no request beyond the first <paramref name="arrived"/> reaches <paramref name="server"/> within <see cref="Grace"/>.</summary>
    public static async Task AssertNothingMoreArrivesAsync(this ConnectDoubleServer server, int arrived)
    {
        using var grace = new CancellationTokenSource(Grace);
        try
        {
            await server.WaitForArrivalsAsync(arrived + 1, grace.Token);
        }
        catch (OperationCanceledException) when (grace.IsCancellationRequested)
        {
            Assert.Equal(arrived, server.ArrivedCount);
            return;
        }

        Assert.Fail($"sent after the stop: {server.ArrivedCount - arrived} more request(s) arrived within {Grace.TotalSeconds} s");
    }
}
