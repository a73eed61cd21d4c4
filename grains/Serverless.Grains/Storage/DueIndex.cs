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

    /// <summary>Registers a check of <paramref name="deadlineId"/> at <paramref name="dueAt"/> (no earlier than <paramref name="now"/>).</summary>
    public Task ScheduleAsync(string deadlineId, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var at = (dueAt < now ? now : dueAt).ToUniversalTime();
        var entity = new TableEntity(HourBucket(at), $"{at.Minute:D2}~{deadlineId}") { ["DueAt"] = at };
        return tables.DueIndex.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Every entry due at or before <paramref name="now"/>, in hours from <paramref name="fromHour"/> on.</summary>
    public async IAsyncEnumerable<DueEntry> ReadDueAsync(DateTimeOffset fromHour, DateTimeOffset now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var nowUtc = now.ToUniversalTime();
        for (var hour = TruncateToHour(fromHour.ToUniversalTime()); hour <= nowUtc; hour = hour.AddHours(1))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {HourBucket(hour)}");
            await foreach (var entity in tables.DueIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var dueAt = entity.GetDateTimeOffset("DueAt") ?? hour;
                if (dueAt > nowUtc) continue;
                yield return new DueEntry(entity.RowKey[(entity.RowKey.IndexOf('~', StringComparison.Ordinal) + 1)..], dueAt,
                    entity.PartitionKey, entity.RowKey, entity.ETag.ToString());
            }
        }
    }

    /// <summary>
    /// Removes a processed entry. A missing row is fine (another sweep got there first); so is a row rewritten since it
    /// was read (412): the deadline scheduled the same minute again, and that newer check must stay.
    /// </summary>
    public async Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await tables.DueIndex.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, new ETag(entry.ETag), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }

    /// <summary>
    /// Removes processed entries in transactions of up to 100 per partition (one request instead of 100); a batch
    /// that fails because a row is gone or was rewritten since it was read falls back to one delete per row.
    /// </summary>
    public async Task RemoveAsync(IReadOnlyCollection<DueEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var batch in entries.GroupBy(e => e.PartitionKey).SelectMany(g => g.Chunk(100)))
        {
            try
            {
                await tables.DueIndex.SubmitTransactionAsync(
                    batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(e.PartitionKey, e.RowKey), new ETag(e.ETag))),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
            {
                foreach (var entry in batch) await RemoveAsync(entry, cancellationToken).ConfigureAwait(false);
            }
        }
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
