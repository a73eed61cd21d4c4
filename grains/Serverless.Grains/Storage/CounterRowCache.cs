using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// The counter rows (of record, or their copies) this instance wrote last, with their ETags, so the next change of a
/// row needs no read first. Safe because every write of a counter row is conditional on the ETag: a row changed
/// elsewhere since (another instance) makes the write fail with 412, the entry is dropped and the row read again. Bounded: agencies × months of due
/// dates is small, and past the bound the cache starts over.
/// </summary>
internal sealed class CounterRowCache
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<(string Partition, string RowKey), TableEntity> rows = new();

    /// <summary>The row as this instance last wrote it, with the ETag storage gave that write.</summary>
    public bool TryGet(string partition, string rowKey, out TableEntity row) => rows.TryGetValue((partition, rowKey), out row!);

    /// <summary>Remembers a row just written, with the ETag of that write.</summary>
    public void Remember(TableEntity row, ETag etag)
    {
        if (rows.Count >= MaxEntries) rows.Clear();
        var copy = new TableEntity(row) { ETag = etag };
        rows[(row.PartitionKey, row.RowKey)] = copy;
    }

    /// <summary>Forgets rows whose write was refused (changed elsewhere, or gone).</summary>
    public void Forget(IEnumerable<(string Partition, string RowKey)> keys)
    {
        foreach (var key in keys) rows.TryRemove(key, out _);
    }
}
