using System.Diagnostics;
using System.Globalization;

namespace CongressPortal.Bench;

/// <summary>
/// CPU time spent by this process (the portal and the load generator in it) and by every PostgreSQL process on the machine
/// (from /proc on Linux) between <see cref="Start"/> and <see cref="PerRequest"/>: where a request's cost lies on the
/// shared cores. PostgreSQL backends that exit in between are not counted (the pool keeps its connections).
/// </summary>
internal sealed class CpuMeter
{
    private readonly TimeSpan _process;
    private readonly double _database;
    private readonly TimeSpan _gcPause = GC.GetTotalPauseDuration();
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private CpuMeter(TimeSpan process, double database) => (_process, _database) = (process, database);

    public static CpuMeter Start() => new(Process.GetCurrentProcess().TotalProcessorTime, DatabaseMilliseconds());

    /// <summary>Garbage collections since <see cref="Start"/>: the pause time and the count per generation.</summary>
    public string Collections() =>
        $"GC pauses {(GC.GetTotalPauseDuration() - _gcPause).TotalMilliseconds:N0} ms, collections gen0/1/2 {GC.CollectionCount(0) - _collections[0]}/{GC.CollectionCount(1) - _collections[1]}/{GC.CollectionCount(2) - _collections[2]}";

    /// <summary>Milliseconds of CPU per request: this process, then PostgreSQL.</summary>
    public (double Process, double Database) PerRequest(int requests) =>
        ((Process.GetCurrentProcess().TotalProcessorTime - _process).TotalMilliseconds / requests, (DatabaseMilliseconds() - _database) / requests);

    private static double DatabaseMilliseconds()
    {
        if (!Directory.Exists("/proc")) return double.NaN;
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (!int.TryParse(Path.GetFileName(dir), out _) || File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres") continue;
                // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we read it.
            }
        }
        // USER_HZ is 100 on Linux.
        return ticks * 10.0;
    }
}
