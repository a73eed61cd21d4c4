using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Delivery;

/// <summary>
/// The task an email or webhook event describes, read from the read model at most once per
/// <see cref="DeliveryOptions.TaskCacheDuration"/>: a deadline stage writes one notification for the lead agency and
/// one per coordinating agency, delivered together, so they share one read (a read under way is shared too). The
/// content is shown, never decided on: a task edited within the duration may show its previous text.
/// </summary>
public sealed class TaskCache(TaskIndex tasks, IOptions<DeliveryOptions> options)
{
    // Past this many entries the expired ones are dropped, at most once per duration: a sweep of thousands of tasks
    // never keeps them all, and a large backlog does not walk the dictionary on every read.
    private const int PurgeAbove = 4096;
    private readonly ConcurrentDictionary<string, (Task<TaskIndexEntry?> Read, DateTimeOffset ReadAt)> entries = new(StringComparer.Ordinal);

    // Real elapsed time, not the product's (possibly moved or fake) business clock.
    private readonly TimeProvider time = TimeProvider.System;
    private long lastPurgeTicks;

    /// <summary>The task as the read model holds it; null when it is not there.</summary>
    public async Task<TaskIndexEntry?> GetAsync(string taskId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var duration = options.Value.TaskCacheDuration;
        if (duration <= TimeSpan.Zero) return await tasks.FindAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (entries.TryGetValue(taskId, out var entry) && now - entry.ReadAt < duration && !entry.Read.IsFaulted && !entry.Read.IsCanceled)
            return await entry.Read.ConfigureAwait(false);

        // The read is not tied to one caller's cancellation: others may be waiting on it.
        var read = tasks.FindAsync(taskId, CancellationToken.None);
        entries[taskId] = (read, now);
        if (entries.Count > PurgeAbove) Purge(now, duration);
        return await read.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Purge(DateTimeOffset now, TimeSpan duration)
    {
        var last = Interlocked.Read(ref lastPurgeTicks);
        if (now.UtcTicks - last < duration.Ticks || Interlocked.CompareExchange(ref lastPurgeTicks, now.UtcTicks, last) != last) return;
        foreach (var (taskId, entry) in entries)
        {
            if (now - entry.ReadAt >= duration) entries.TryRemove(taskId, out _);
        }
    }
}
