using System.ComponentModel.DataAnnotations;

namespace Serverless.Functions.Hosting;

/// <summary>How the instance gives memory back when it goes quiet.</summary>
public sealed class MemoryOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Memory";

    /// <summary>
    /// One full, compacting collection once the instance has been quiet long enough for Orleans to have collected its
    /// grains, 4 minutes with the default collection age (setting Memory__TrimWhenIdle, default true). It pauses the
    /// quiet process once (the pause is logged) and brings it back from its busiest size to what it holds: in the
    /// scale benchmark at 10,000 tasks, 451 MB to 236 MB (docs/performance.md).
    /// </summary>
    public bool TrimWhenIdle { get; set; } = true;

    /// <summary>
    /// A minute that allocated at least this many megabytes was busy (setting Memory__BusyMegabytesPerMinute, default
    /// 64). Measured in the scale benchmark's idle minutes: 1-34 MB a minute, the most while Orleans deactivated
    /// 24,000 grains; a sweep with work allocates about 200 KB per deadline (at 130 deadlines/s, 1.6 GB a minute).
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Setting Memory__BusyMegabytesPerMinute must be a whole number of megabytes from 1 to 1000000.")]
    public int BusyMegabytesPerMinute { get; set; } = 64;
}
