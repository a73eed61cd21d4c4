using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Benchmarks;

/// <summary>
/// Counts the storage requests the process sends, by table and kind ("GET dueindex", "POST $batch"), so a benchmark can
/// say where each deadline's requests go; and the time each took (sent to answered), so a benchmark can tell the
/// requests the product sends from the time the store takes to answer them.
/// </summary>
public sealed class RequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private long sent;
    private long elapsedTicks;

    /// <summary>Requests sent and their summed time, since the process started (never reset: take differences).</summary>
    public (long Requests, TimeSpan Time) Running => (Interlocked.Read(ref sent), TimeSpan.FromTicks(Interlocked.Read(ref elapsedTicks)));

    /// <summary>Requests counted since the last <see cref="Reset"/>.</summary>
    public int Total => counts.Values.Sum();

    /// <summary>Forgets what was counted.</summary>
    public void Reset() => counts.Clear();

    /// <summary>The counts, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Snapshot() =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        var start = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Interlocked.Add(ref elapsedTicks, Stopwatch.GetElapsedTime(start).Ticks);
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        var start = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Interlocked.Add(ref elapsedTicks, Stopwatch.GetElapsedTime(start).Ticks);
    }

    private void Count(HttpMessage message)
    {
        // Path: /devstoreaccount1/{table}(PartitionKey='..',RowKey='..') or /devstoreaccount1/$batch.
        var path = message.Request.Uri.Path;
        var segment = path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];
        var paren = segment.IndexOf('(', StringComparison.Ordinal);
        // A query ends in "()" or names no keys; a point operation names its keys.
        var table = paren < 0 ? segment : segment[..paren];
        var point = paren >= 0 && segment.Length > paren + 2;
        if (message.Request.Method == RequestMethod.Get && !point && table != "$batch") table += " (query)";
        Interlocked.Increment(ref sent);
        counts.AddOrUpdate($"{message.Request.Method} {table}", 1, (_, n) => n + 1);
    }
}
