using System.ComponentModel.DataAnnotations;

namespace Serverless.Functions.Hosting;

/// <summary>How the instance gives memory back when it goes quiet.</summary>
public sealed class MemoryOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Memory";

    /// <summary>
    /// One full, compacting collection once the instance has been quiet long enough for Orleans to have collected its
    /// grains, 4 minutes with the default collection age (setting Memory__TrimWhenIdle, default true). It pauses a quiet process once, for about a tenth of a second per
    /// 100 MB of heap, and brings it back from its busiest size to what it holds (see docs/performance.md).
    /// </summary>
    public bool TrimWhenIdle { get; set; } = true;

    /// <summary>
    /// A minute that allocated at least this many megabytes was busy (setting Memory__BusyMegabytesPerMinute, default
    /// 64). A quiet instance, Orleans' own timers and a sweep with nothing due included, allocates a few megabytes a
    /// minute; one import of a notice or a few dozen list reads allocate more.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Setting Memory__BusyMegabytesPerMinute must be a whole number of megabytes from 1 to 1000000.")]
    public int BusyMegabytesPerMinute { get; set; } = 64;
}
