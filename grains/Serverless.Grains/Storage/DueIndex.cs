using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Deadline checks by time, in <see cref="Stripes"/> stripes so that several silos share the sweep. Partition =
/// stripe and UTC hour ("s{stripe}-yyyyMMddHH"), row key = "mm~deadlineId"; a deadline's stripe is a stable hash of
/// its id. A stripe's sweep reads all its hours from its watermark to now with one range query over its partitions
/// (an empty week after an outage costs one request, not 168). A check never lands in an hour the sweep has
/// already passed: it is clamped to now. Rows written before the stripes (partition "yyyyMMddHH") are still swept,
/// as the stripe <see cref="Unstriped"/>.
/// </summary>
public sealed class DueIndex(TrackingTables tables)
{
    /// <summary>How many stripes new checks are spread over.</summary>
    public const int Stripes = 8;

    /// <summary>The hours of the layout before stripes: partition "yyyyMMddHH", the watermark row "watermark".</summary>
    public const int Unstriped = -1;

    private const string WatermarkPartition = "sweep";
    private const string WatermarkRow = "watermark";
    private const int PageSize = 1000;

    // Checks scheduled by concurrent grains (a sweep's next checks) share requests per partition.
    private readonly GroupCommit writes = new(tables.DueIndex);

    /// <summary>Every stripe a sweep must read: the unstriped hours of earlier versions, then each stripe.</summary>
    public static IReadOnlyList<int> AllStripes { get; } = [Unstriped, .. Enumerable.Range(0, Stripes)];

    /// <summary>The stripe of a deadline (or follow-up check) id: a stable hash (FNV-1a), the same in every process.</summary>
    public static int StripeOf(string dueId)
    {
        ArgumentNullException.ThrowIfNull(dueId);
        var hash = 2166136261u;
        foreach (var c in dueId) hash = (hash ^ c) * 16777619u;
        return (int)(hash % Stripes);
    }

    /// <summary>Registers a check of <paramref name="deadlineId"/> at <paramref name="dueAt"/> (no earlier than <paramref name="now"/>).</summary>
    public Task ScheduleAsync(string deadlineId, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deadlineId);
        var at = (dueAt < now ? now : dueAt).ToUniversalTime();
        var entity = new TableEntity(Partition(StripeOf(deadlineId), at), $"{at.Minute:D2}~{deadlineId}") { ["DueAt"] = at };
        cancellationToken.ThrowIfCancellationRequested();
        return writes.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
    }

    /// <summary>Every entry due at or before <paramref name="now"/>, in every stripe, in hours from <paramref name="fromHour"/> on.</summary>
    public async IAsyncEnumerable<DueEntry> ReadDueAsync(DateTimeOffset fromHour, DateTimeOffset now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var stripe in AllStripes)
            await foreach (var entry in ReadDueAsync(stripe, fromHour, now, cancellationToken).ConfigureAwait(false))
                yield return entry;
    }

    /// <summary>The entries of one stripe due at or before <paramref name="now"/>, in hours from <paramref name="fromHour"/> on.</summary>
    public async IAsyncEnumerable<DueEntry> ReadDueAsync(int stripe, DateTimeOffset fromHour, DateTimeOffset now,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var nowUtc = now.ToUniversalTime();
        var first = TruncateToHour(fromHour.ToUniversalTime());
        if (first > nowUtc) yield break;
        // Hour buckets sort as they follow each other, and a stripe's prefix keeps other stripes out of the range.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {Partition(stripe, first)} and PartitionKey le {Partition(stripe, nowUtc)}");
        await foreach (var entity in tables.DueIndex.QueryAsync<TableEntity>(filter, PageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var dueAt = entity.GetDateTimeOffset("DueAt") ?? first;
            if (dueAt > nowUtc) continue;
            yield return new DueEntry(entity.RowKey[(entity.RowKey.IndexOf('~', StringComparison.Ordinal) + 1)..], dueAt,
                entity.PartitionKey, entity.RowKey, entity.ETag.ToString());
        }
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

    /// <summary>The hour the next sweep of the unstriped hours starts from; null when no sweep ever ran.</summary>
    public Task<DateTimeOffset?> ReadWatermarkAsync(CancellationToken cancellationToken = default) =>
        ReadWatermarkAsync(WatermarkRow, cancellationToken);

    /// <summary>
    /// The hour the next sweep of <paramref name="stripe"/> starts from; null when no sweep ever ran. A stripe never
    /// swept starts where the unstriped sweep stands.
    /// </summary>
    public async Task<DateTimeOffset?> ReadWatermarkAsync(int stripe, CancellationToken cancellationToken = default) =>
        (stripe == Unstriped ? null : await ReadWatermarkAsync(WatermarkRowOf(stripe), cancellationToken).ConfigureAwait(false))
        ?? await ReadWatermarkAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// At start-up, before any sweep: every watermark that is missing starts at the unstriped one, or at
    /// <paramref name="now"/> on a new store. Every row is written no earlier than "now" at the time of writing, and
    /// stripe rows only by this version, so that start is safe; were a stripe to follow the unstriped watermark until
    /// its own first sweep, the unstriped sweep could move it past rows the stripe has not read yet.
    /// </summary>
    public async Task InitializeWatermarksAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (await ReadWatermarkAsync(cancellationToken).ConfigureAwait(false) is not { } start)
        {
            start = now;
            await WriteWatermarkAsync(start, cancellationToken).ConfigureAwait(false);
        }
        // A stripe that has its own watermark already keeps it.
        for (var stripe = 0; stripe < Stripes; stripe++)
            await tables.Checkpoints.AddIfAbsentAsync(WatermarkEntity(WatermarkRowOf(stripe), start), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that every hour of the unstriped layout before <paramref name="hour"/> is fully processed.</summary>
    public Task WriteWatermarkAsync(DateTimeOffset hour, CancellationToken cancellationToken = default) =>
        tables.Checkpoints.UpsertEntityAsync(WatermarkEntity(WatermarkRow, hour), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Records that every hour of <paramref name="stripe"/> before <paramref name="hour"/> is fully processed.</summary>
    public Task WriteWatermarkAsync(int stripe, DateTimeOffset hour, CancellationToken cancellationToken = default) =>
        tables.Checkpoints.UpsertEntityAsync(WatermarkEntity(stripe == Unstriped ? WatermarkRow : WatermarkRowOf(stripe), hour),
            TableUpdateMode.Replace, cancellationToken);

    private async Task<DateTimeOffset?> ReadWatermarkAsync(string row, CancellationToken cancellationToken)
    {
        var found = await tables.Checkpoints.GetEntityIfExistsAsync<TableEntity>(WatermarkPartition, row, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue ? found.Value!.GetDateTimeOffset("Hour") : null;
    }

    private static TableEntity WatermarkEntity(string row, DateTimeOffset hour) =>
        new(WatermarkPartition, row) { ["Hour"] = TruncateToHour(hour.ToUniversalTime()) };

    private static string WatermarkRowOf(int stripe) => $"{WatermarkRow}-s{stripe}";

    /// <summary>The start of the UTC hour containing an instant.</summary>
    public static DateTimeOffset TruncateToHour(DateTimeOffset instant) =>
        new(instant.Year, instant.Month, instant.Day, instant.Hour, 0, 0, instant.Offset);

    private static string Partition(int stripe, DateTimeOffset utc) => stripe == Unstriped
        ? utc.ToString("yyyyMMddHH", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"s{stripe}-{utc:yyyyMMddHH}");
}
