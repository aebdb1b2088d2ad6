using System.Runtime.InteropServices;

namespace ConnectMonitor.Benchmarks.ColdStart;

/// <summary>
/// The CPU time (user + system) of this process's finished children, from getrusage(RUSAGE_CHILDREN): read before and
/// after one child runs, the difference is that child's CPU time. On a shared, loaded machine CPU time varies far less
/// than wall time. Linux and macOS only; elsewhere null.
/// </summary>
internal static class ChildCpuTime
{
    private const int RusageChildren = -1;

    public static TimeSpan? Now()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return null;
        }

        var usage = new RUsage();
        return GetRUsage(RusageChildren, ref usage) == 0
            ? TimeSpan.FromMicroseconds(usage.UserSeconds * 1_000_000.0 + usage.UserMicroseconds + usage.SystemSeconds * 1_000_000.0 + usage.SystemMicroseconds)
            : null;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, ref RUsage usage);

    // struct rusage: two struct timevals (long seconds, long microseconds on 64-bit), then 14 longs.
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }
}
