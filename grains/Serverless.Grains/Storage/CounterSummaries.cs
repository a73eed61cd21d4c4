using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// What the statistics read: a copy of every counter row of the task index (<see cref="StatusCounts"/>,
/// <see cref="LateCompletions"/>), one partition per lead agency, in a table of its own. The task index keeps the
/// counters of record, changed in the same transaction as a task's rows, which is what keeps a retried write from
/// counting twice; but there they share a table with a dozen rows per task, and a reader of all agencies needs one
/// query per agency. Here they hold only counters (agencies × months of due dates, whatever the number of tasks),
/// so "every agency" is one query over a small table. Each row of record carries a version, raised by every change;
/// a copy is replaced only by a higher version, so copies written out of order never go back in time.
/// </summary>
internal sealed class CounterSummaries(TrackingTables tables)
{
    private const int MaxAttempts = 30;
    private const string Version = "Version";
    private const string Days = "Days";

    // Each copy this instance wrote last, with its ETag: its next copy of the row needs no read first (a copy changed
    // elsewhere since fails with 412 and is read again).
    private readonly CounterRowCache known = new();

    /// <summary>The version of a counter row of record (0 for rows written before versions existed).</summary>
    public static long VersionOf(TableEntity row) => row.GetInt64(Version) ?? 0;

    /// <summary>Sets the version of a counter row of record.</summary>
    public static TableEntity WithVersion(TableEntity row, long version)
    {
        row[Version] = version;
        return row;
    }

    /// <summary>
    /// Copies a counter row of record, unless the copy already holds this version or a later one. With
    /// <paramref name="trustKnown"/> false the copy is read from storage, not taken from what this instance wrote last.
    /// </summary>
    public async Task CopyAsync(TableEntity row, CancellationToken cancellationToken, bool trustKnown = true)
    {
        var version = VersionOf(row);
        var copy = new TableEntity(row.PartitionKey, row.RowKey) { [Days] = row.GetString(Days), [Version] = version };
        if (trustKnown && known.TryGet(row.PartitionKey, row.RowKey, out var last))
        {
            // Versions only rise, so a copy this instance wrote at this version or later is still at least as new.
            if (VersionOf(last) >= version) return;
            try
            {
                var response = await tables.TaskCounts.UpdateEntityAsync(copy, last.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                Remember(copy, response.Headers.ETag);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                known.Forget([(row.PartitionKey, row.RowKey)]);
            }
        }
        for (var attempt = 1; ; attempt++)
        {
            var stored = await tables.TaskCounts.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, [Version],
                cancellationToken).ConfigureAwait(false);
            if (stored.HasValue && VersionOf(stored.Value!) >= version) return;
            try
            {
                var response = stored.HasValue
                    ? await tables.TaskCounts.UpdateEntityAsync(copy, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                    : await tables.TaskCounts.AddEntityAsync(copy, cancellationToken).ConfigureAwait(false);
                Remember(copy, response.Headers.ETag);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another writer copied first: read again, and stop if its version is at least ours.
            }
        }
    }

    /// <summary>Copies the rows of record with these keys in one agency's partition of the task index (those that exist).</summary>
    public async Task RepairAsync(string agency, IEnumerable<string> rowKeys, CancellationToken cancellationToken)
    {
        var rows = await Task.WhenAll(rowKeys.Distinct(StringComparer.Ordinal).Select(k =>
            tables.TaskIndex.GetEntityIfExistsAsync<TableEntity>(agency, k, cancellationToken: cancellationToken))).ConfigureAwait(false);
        await Task.WhenAll(rows.Where(r => r.HasValue).Select(r => CopyAsync(r.Value!, cancellationToken, trustKnown: false))).ConfigureAwait(false);
    }

    private void Remember(TableEntity copy, ETag? etag)
    {
        if (etag is { } value) known.Remember(copy, value);
    }

    /// <summary>True when no counter row has been copied yet (a new store, or one that held counters before copies existed).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await tables.TaskCounts.HoldsAnyAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Copies every counter row of record whose copy is missing or at a lower version, for these agencies (and, with
    /// <paramref name="andThoseWithCopies"/>, every agency that already has copies, such as one since removed from the
    /// directory): one query over the copies' versions, then one range query per agency partition
    /// of the task index (counter rows only), so the cost is agencies × months, whatever the number of tasks. It is the
    /// migration of a store whose counters predate their copies, and the periodic repair of copies left behind (a
    /// process that died between a row of record and its copy, an instance of an older version during a rolling
    /// deployment). Running it again changes nothing. Returns the number of rows copied.
    /// </summary>
    public async Task<int> CopyBehindAsync(IEnumerable<string> agencies, bool andThoseWithCopies, CancellationToken cancellationToken)
    {
        var copied = new Dictionary<(string, string), long>();
        await foreach (var copy in tables.TaskCounts.QueryAsync<TableEntity>(maxPerPage: 1000, select: ["PartitionKey", "RowKey", Version],
            cancellationToken: cancellationToken).ConfigureAwait(false))
            copied[(copy.PartitionKey, copy.RowKey)] = VersionOf(copy);

        var behind = 0;
        var all = andThoseWithCopies ? agencies.Concat(copied.Keys.Select(k => k.Item1)) : agencies;
        foreach (var agency in all.Distinct(StringComparer.Ordinal))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {agency} and RowKey ge {LateCompletions.Start} and RowKey lt {StatusCounts.End}");
            var stale = new List<TableEntity>();
            await foreach (var row in tables.TaskIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // Version 0 is a row from before versions: its copy is missing or at 0 too, so "missing" decides.
                if (!copied.TryGetValue((row.PartitionKey, row.RowKey), out var version) || version < VersionOf(row)) stale.Add(row);
            }
            await Task.WhenAll(stale.Select(r => CopyAsync(r, cancellationToken, trustKnown: false))).ConfigureAwait(false);
            behind += stale.Count;
        }
        return behind;
    }

    /// <summary>
    /// The copied counter rows with keys in [<paramref name="from"/>, <paramref name="to"/>), of one agency or, when
    /// <paramref name="agency"/> is null, of every agency (one query over the whole small table).
    /// </summary>
    public async Task<List<TableEntity>> ReadAsync(string? agency, string from, string to, CancellationToken cancellationToken)
    {
        var filter = agency is null
            ? TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {to}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {agency} and RowKey ge {from} and RowKey lt {to}");
        var rows = new List<TableEntity>();
        await foreach (var row in tables.TaskCounts.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(row);
        return rows;
    }
}
