using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Serverless.Benchmarks;

/// <summary>
/// Samples what the process allocates, by type, from the runtime's allocation ticks (one event per ~100 KB), so a
/// benchmark can say where its allocations go. Only on when asked for: the events cost a little.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const int GcKeyword = 0x1;
    private readonly ConcurrentDictionary<string, long> bytes = new(StringComparer.Ordinal);

    /// <summary>Whether to record (off until the timed part starts).</summary>
    public bool Recording { get; set; }

    /// <summary>The sampled types, most bytes first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Top(int count) => bytes.OrderByDescending(b => b.Value).Take(count).ToList();

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (!Recording || eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null) return;
        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var i and >= 0 ? Convert.ToInt64(eventData.Payload[i], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        bytes.AddOrUpdate(type, amount, (_, n) => n + amount);
    }
}
