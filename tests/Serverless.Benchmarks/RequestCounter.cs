using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Benchmarks;

/// <summary>
/// Counts the storage requests the process sends, by table and kind ("GET dueindex", "POST $batch"), so a benchmark can
/// say where each deadline's requests go.
/// </summary>
public sealed class RequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

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
        ProcessNext(message, pipeline);
    }

    /// <inheritdoc />
    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
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
        counts.AddOrUpdate($"{message.Request.Method} {table}", 1, (_, n) => n + 1);
    }
}
