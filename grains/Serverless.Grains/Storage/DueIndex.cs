using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Deadline checks by time. Partition = UTC hour ("yyyyMMddHH"), row key = "mm~deadlineId": a sweep reads each
/// hour from its watermark to now with one partition query, so catching up after a week-long outage costs
/// 168 queries, not 10,080. A check never lands in an hour the sweep has already passed: it is clamped to now.
/// </summary>
public sealed class DueIndex(TrackingTables tables)
{
    private const string WatermarkPartition = "sweep";
    private const string WatermarkRow = "watermark";

    private const int PageSize = 1000;
    private const int HoursInFlight = 16;

    // Checks scheduled by concurrent grains (a sweep's next checks) share requests per hour partition.
    private readonly GroupCommit writes = new(tables.DueIndex);

    /// <summary>Registers a check of <paramref name="deadlineId"/> at <paramref name="dueAt"/> (no earlier than <paramref name="now"/>).</summary>
    public Task ScheduleAsync(string deadlineId, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var at = (dueAt < now ? now : dueAt).ToUniversalTime();
        var entity = new TableEntity(HourBucket(at), $"{at.Minute:D2}~{deadlineId}") { ["DueAt"] = at };
        cancellationToken.ThrowIfCancellationRequested();
        return writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
    }

    /// <summary>Every entry due at or before <paramref name="now"/>, in hours from <paramref name="fromHour"/> on.</summary>
    public async IAsyncEnumerable<DueEntry> ReadDueAsync(DateTimeOffset fromHour, DateTimeOffset now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var nowUtc = now.ToUniversalTime();
        var hours = new List<DateTimeOffset>();
        for (var hour = TruncateToHour(fromHour.ToUniversalTime()); hour <= nowUtc; hour = hour.AddHours(1)) hours.Add(hour);

        // Each hour is one partition query. After an outage most hours are empty, and reading them one after the other
        // cost a round trip each before the first check could start (528 for three weeks): the first pages of a few
        // hours are asked for at once, then read in order, so at most that many pages are held.
        foreach (var window in hours.Chunk(HoursInFlight))
        {
            var firstPages = window.Select(hour => PageAsync(hour, null, cancellationToken)).ToArray();
            for (var i = 0; i < window.Length; i++)
            {
                var page = await firstPages[i].ConfigureAwait(false);
                while (true)
                {
                    foreach (var entity in page.Values)
                    {
                        var dueAt = entity.GetDateTimeOffset("DueAt") ?? window[i];
                        if (dueAt > nowUtc) continue;
                        yield return new DueEntry(entity.RowKey[(entity.RowKey.IndexOf('~', StringComparison.Ordinal) + 1)..], dueAt,
                            entity.PartitionKey, entity.RowKey, entity.ETag.ToString());
                    }
                    if (page.ContinuationToken is not { } token) break;
                    page = await PageAsync(window[i], token, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<Azure.Page<TableEntity>> PageAsync(DateTimeOffset hour, string? continuationToken, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {HourBucket(hour)}");
        await foreach (var page in tables.DueIndex.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, PageSize).ConfigureAwait(false))
            return page;
        return Azure.Page<TableEntity>.FromValues([], null, null!);
    }

    /// <summary>
    /// Removes a processed entry. A missing row is fine (another sweep got there first); so is a row rewritten since it
    /// was read (412): the deadline scheduled the same minute again, and that newer check must stay. Deletes of
    /// concurrent callers in the same hour leave together, up to 100 per transaction (see <see cref="GroupCommit"/>).
    /// </summary>
    public Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        return writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.Delete,
            new TableEntity(entry.PartitionKey, entry.RowKey), new ETag(entry.ETag)));
    }

    /// <summary>Removes processed entries (as <see cref="RemoveAsync(DueEntry, CancellationToken)"/>), in transactions of up to 100 per partition.</summary>
    public Task RemoveAsync(IReadOnlyCollection<DueEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Task.WhenAll(entries.Select(e => RemoveAsync(e, cancellationToken)));
    }

    /// <summary>The hour the next sweep starts from; null when no sweep ever ran.</summary>
    public async Task<DateTimeOffset?> ReadWatermarkAsync(CancellationToken cancellationToken = default)
    {
        var row = await tables.Checkpoints.GetEntityIfExistsAsync<TableEntity>(WatermarkPartition, WatermarkRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetDateTimeOffset("Hour") : null;
    }

    /// <summary>Records that every hour before <paramref name="hour"/> is fully processed.</summary>
    public Task WriteWatermarkAsync(DateTimeOffset hour, CancellationToken cancellationToken = default) =>
        tables.Checkpoints.UpsertEntityAsync(
            new TableEntity(WatermarkPartition, WatermarkRow) { ["Hour"] = TruncateToHour(hour.ToUniversalTime()) },
            TableUpdateMode.Replace, cancellationToken);

    /// <summary>The start of the UTC hour containing an instant.</summary>
    public static DateTimeOffset TruncateToHour(DateTimeOffset instant) =>
        new(instant.Year, instant.Month, instant.Day, instant.Hour, 0, 0, instant.Offset);

    private static string HourBucket(DateTimeOffset utc) => utc.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
}
