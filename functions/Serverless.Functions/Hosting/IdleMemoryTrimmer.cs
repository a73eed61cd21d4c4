using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Serverless.Functions.Hosting;

/// <summary>
/// Gives an idle instance's memory back: once a minute it reads how much the process allocated, and after a quiet
/// spell long enough for Orleans to have collected the grains it runs one full, compacting collection (see
/// <see cref="IdleTrimSchedule"/>). Without it an instance that imported a province's notices in the morning keeps
/// that morning's heap all night, because nothing allocates enough to start a full collection.
/// </summary>
public sealed partial class IdleMemoryTrimmer(
    IOptions<MemoryOptions> options,
    IOptions<GrainCollectionOptions> collection,
    ILogger<IdleMemoryTrimmer> logger,
    TimeProvider time,
    Func<long> totalAllocatedBytes) : BackgroundService
{
    /// <summary>How often the allocation count is read.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    private IdleTrimSchedule? schedule;
    private PeriodicTimer? timer;
    private int ticks;
    private int trims;

    /// <summary>Ticks seen so far (tests wait on it).</summary>
    public int Ticks => Volatile.Read(ref ticks);

    /// <summary>Collections run so far.</summary>
    public int Trims => Volatile.Read(ref trims);

    /// <summary>
    /// Quiet ticks before the trim: by then Orleans has collected every grain last called before the quiet began.
    /// Its collector files an activation under its last call plus the collection age, rounded up to the next quantum,
    /// and looks once per quantum, so a grain goes at most the age plus two quanta after its last call.
    /// </summary>
    public static int QuietTicksFor(GrainCollectionOptions collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return (int)Math.Ceiling((collection.CollectionAge + 2 * collection.CollectionQuantum) / Tick);
    }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The baseline and the timer are set here, not in ExecuteAsync (which runs later, on the thread pool), so the
        // first minute counts from the start.
        var settings = options.Value;
        if (settings.TrimWhenIdle)
        {
            schedule = new IdleTrimSchedule(settings.BusyMegabytesPerMinute * 1024L * 1024, QuietTicksFor(collection.Value));
            schedule.Observe(totalAllocatedBytes());
            timer = new PeriodicTimer(Tick, time);
        }
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (timer is null || schedule is null) return;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (schedule.Observe(totalAllocatedBytes())) Trim(schedule.QuietTicks);
                Interlocked.Increment(ref ticks);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        timer?.Dispose();
        base.Dispose();
    }

    private void Trim(int quietMinutes)
    {
        var before = GC.GetTotalMemory(forceFullCollection: false);
        var started = Stopwatch.GetTimestamp();
        // Aggressive: compacts, and decommits what the heap no longer uses, so the pages go back to the system.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var milliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var after = GC.GetTotalMemory(forceFullCollection: false);
        Interlocked.Increment(ref trims);
        LogTrimmed(logger, quietMinutes, before / (1024 * 1024), after / (1024 * 1024), milliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiet for {QuietMinutes} min: one full collection, heap {BeforeMegabytes} → {AfterMegabytes} MB in {Milliseconds} ms")]
    private static partial void LogTrimmed(ILogger logger, int quietMinutes, long beforeMegabytes, long afterMegabytes, long milliseconds);
}
