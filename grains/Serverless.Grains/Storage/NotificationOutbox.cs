using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// The outbox table. Partition = recipient; row key = inverted scheduled time + id, so a recipient's inbox reads
/// newest first and, because the key is derived from the stage alone, a second write of the same stage collides
/// instead of duplicating. What is still to deliver is listed in a separate table that holds nothing else
/// (<see cref="TrackingTables.PendingOutbox"/>): its row is written before the notification row and deleted only
/// once the row is settled, so every pending row always has one, and the dispatcher never reads history. What the
/// dispatcher gave up on is listed the same way (<see cref="TrackingTables.FailedNotifications"/>), so the operators'
/// list never reads history either.
/// </summary>
public sealed class NotificationOutbox(TrackingTables tables)
{
    // Where failed markers were kept before they had a table of their own: "failed~{id}" in the recipient's partition
    // (moved once at start-up by FailedNotificationsMove).
    internal const string LegacyFailedPrefix = "failed~";

    // Notification row keys start with the 19 digits of the inverted scheduled ticks; ':' sorts right after '9',
    // and every marker key starts with a letter, so "RowKey lt ':'" selects notification rows only.
    private const string NotificationKeysEnd = ":";

    // Writes of pending rows spread over this many partitions, so no single partition takes every notification.
    private const int PendingStripes = 16;

    // The listing's error when the give-up was cut short before it could write its own (operators read it).
    private const string GaveUpWithoutError = "Đã ngừng gửi sau lần thử cuối; lỗi của lần thử đó không được ghi lại vì tiến trình dừng giữa chừng.";

    // A pending row whose notification row is missing this long after it was written belongs to a write that
    // never completed and will not be retried.
    private static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(10);

    // Writes from concurrent checks share requests: rows waiting for the same partition leave in one transaction.
    private readonly GroupCommit pendingWrites = new(tables.PendingOutbox);
    private readonly GroupCommit outboxWrites = new(tables.Outbox);

    /// <summary>Writes the notification once. Returns false when it was already there.</summary>
    public async Task<bool> AddAsync(Notification notification, CancellationToken cancellationToken = default) =>
        (await AddAllAsync([notification], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Writes each notification once (per notification: true when written, false when it was already there). Every
    /// pending row lands before any notification row; the writes of concurrent callers are committed together (see
    /// <see cref="GroupCommit"/>), each caller still awaiting its own.
    /// </summary>
    public async Task<bool[]> AddAllAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        cancellationToken.ThrowIfCancellationRequested();
        var rowKeys = new string[notifications.Count];
        var pending = new Task<bool>[notifications.Count];
        for (var i = 0; i < notifications.Count; i++)
        {
            var notification = notifications[i] ?? throw new ArgumentException("A notification is missing.", nameof(notifications));
            rowKeys[i] = RowKeyOf(notification);
            // The pending row first: a crash after it leaves a row the dispatcher checks and drops, never a
            // notification that nobody delivers. Merge keeps the attempts of an earlier try.
            pending[i] = pendingWrites.WriteAsync(new TableTransactionAction(TableTransactionActionType.UpsertMerge,
                PendingEntity(notification.Recipient, rowKeys[i], notification.CreatedAt)));
        }
        await Task.WhenAll(pending).ConfigureAwait(false);

        // An insert, never an upsert: a row already there may be sent, and must not become pending again.
        var rows = new Task<bool>[notifications.Count];
        for (var i = 0; i < notifications.Count; i++)
            rows[i] = outboxWrites.WriteAsync(new TableTransactionAction(TableTransactionActionType.Add, ToEntity(notifications[i], rowKeys[i])));
        return await Task.WhenAll(rows).ConfigureAwait(false);
    }

    /// <summary>A recipient's notifications, newest first.</summary>
    public async Task<Page<Notification>> ListForRecipientAsync(string recipient, string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {recipient} and RowKey lt {NotificationKeysEnd}");
        var pages = tables.Outbox.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
            return new Page<Notification>(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
        return new Page<Notification>([], null);
    }

    /// <summary>
    /// Every notification still to deliver, across recipients: one read of a table that holds only pending work.
    /// It needs no list of recipients, so a recipient dropped from agencies.json is still delivered.
    /// </summary>
    public async IAsyncEnumerable<PendingDispatch> ListPendingAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var marker in tables.PendingOutbox.QueryAsync<TableEntity>(maxPerPage: 1000, cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            yield return new PendingDispatch(
                marker.GetString("Recipient"),
                marker.GetString("OutboxRowKey"),
                marker.GetInt32("Attempts") ?? 0,
                marker.GetString("LastError"),
                marker.GetDateTimeOffset("NextAttemptAt"),
                marker.GetDateTimeOffset("NotedAt"));
        }
    }

    /// <summary>The notification a pending marker points at; null when the row is gone.</summary>
    public async Task<Notification?> GetAsync(PendingDispatch pending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var row = await tables.Outbox.GetEntityIfExistsAsync<TableEntity>(pending.Recipient, pending.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    /// <summary>
    /// Drops a pending marker that no longer stands for work: its row is settled (sent or failed; a crash came
    /// between settling and dropping), or its row never appeared and the write that noted it is long over. A failed
    /// row is first put on the operators' list if a crash kept it off. Returns whether the marker was dropped.
    /// </summary>
    public async Task<bool> DropStaleAsync(PendingDispatch pending, Notification? row, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var stale = row is null
            ? pending.NotedAt is not { } noted || now - noted > OrphanAge
            : row.DispatchState != DispatchStates.Pending;
        if (!stale) return false;
        if (row?.DispatchState == DispatchStates.Failed)
        {
            // Listed unless it is already: a listing written by the give-up itself has the final error and is kept.
            await tables.FailedNotifications.AddIfAbsentAsync(FailedEntity(pending, row, pending.LastError ?? GaveUpWithoutError, now, pending.Attempts + 1),
                cancellationToken).ConfigureAwait(false);
        }
        await DeletePendingAsync(pending, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Records that the broker accepted the notification: the row becomes "sent", then the pending marker goes.
    /// A crash in between leaves a marker that the next run finds settled and drops.
    /// </summary>
    public async Task MarkSentAsync(PendingDispatch pending, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var row = new TableEntity(pending.Recipient, pending.RowKey) { ["DispatchState"] = DispatchStates.Sent, ["SentAt"] = sentAt };
        try
        {
            await tables.Outbox.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The row is gone; nothing is left to deliver.
        }
        await DeletePendingAsync(pending, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a failed attempt on the marker and when the next one may be made.</summary>
    public async Task RecordAttemptAsync(PendingDispatch pending, string error, DateTimeOffset attemptedAt, DateTimeOffset nextAttemptAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var marker = new TableEntity(PendingPartition(pending.Recipient, pending.RowKey), PendingRowKey(pending.Recipient, pending.RowKey))
        {
            ["Attempts"] = pending.Attempts + 1,
            ["LastError"] = Truncate(error),
            ["LastAttemptAt"] = attemptedAt,
            ["NextAttemptAt"] = nextAttemptAt,
        };
        try
        {
            // Update, not upsert: a marker deleted meanwhile was delivered and must not come back.
            await tables.PendingOutbox.UpdateEntityAsync(marker, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>
    /// Gives up on a notification after its last failed attempt: the row becomes "failed", then it is put on the
    /// operators' list, then the pending marker goes. A crash between these steps leaves the marker, and the next run
    /// finishes the listing before dropping it (<see cref="DropStaleAsync"/>). Nothing is deleted from the outbox.
    /// </summary>
    public async Task MarkFailedAsync(PendingDispatch pending, Notification notification, string error, DateTimeOffset failedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(notification);
        var row = new TableEntity(pending.Recipient, pending.RowKey) { ["DispatchState"] = DispatchStates.Failed };
        try
        {
            await tables.Outbox.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            await tables.FailedNotifications.UpsertEntityAsync(FailedEntity(pending, notification, Truncate(error), failedAt, pending.Attempts + 1),
                TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The row is gone; nothing is left to deliver or to list.
        }
        await DeletePendingAsync(pending, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Failed notifications across recipients, a page at a time: one read of a table that holds only failures.</summary>
    public async Task<Page<FailedDispatch>> ListFailedAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        var pages = tables.FailedNotifications.QueryAsync<TableEntity>(maxPerPage: pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            var items = page.Values.Select(e => new FailedDispatch(
                e.GetString("NotificationId"),
                e.PartitionKey,
                e.GetString("TaskId"),
                e.GetInt32("Attempts") ?? 0,
                e.GetString("LastError"),
                e.GetDateTimeOffset("FailedAt") ?? default)).ToList();
            return new Page<FailedDispatch>(items, page.ContinuationToken);
        }
        return new Page<FailedDispatch>([], null);
    }

    /// <summary>
    /// Puts a failed notification back to pending with a fresh attempt count: the pending marker first (as in
    /// <see cref="AddAllAsync"/>), then the row, only if it is still the failed row that was read, then the listing
    /// goes. A listing whose row is no longer failed (a redispatch cut short after the row moved) is dropped.
    /// <paramref name="beforeRequeue"/> runs once the row is known to be failed and before it is put back in line (the
    /// caller reopens what delivery gave up on, so the next delivery tries those copies again).
    /// </summary>
    public async Task<RedispatchOutcome> RedispatchAsync(string recipient, string notificationId, DateTimeOffset now,
        Func<CancellationToken, Task>? beforeRequeue = null, CancellationToken cancellationToken = default)
    {
        if (await ListedRowAsync(recipient, notificationId, cancellationToken).ConfigureAwait(false) is not { } listed)
            return await ExistsAsync(recipient, notificationId, cancellationToken).ConfigureAwait(false)
                ? RedispatchOutcome.NotFailed
                : RedispatchOutcome.NotFound;
        var (rowKey, row) = listed;
        if (row?.GetString("DispatchState") != DispatchStates.Failed)
        {
            await tables.FailedNotifications.DeleteIfThereAsync(recipient, notificationId, cancellationToken).ConfigureAwait(false);
            return row is not null ? RedispatchOutcome.NotFailed : RedispatchOutcome.NotFound;
        }

        if (beforeRequeue is not null) await beforeRequeue(cancellationToken).ConfigureAwait(false);
        var marker = PendingEntity(recipient, rowKey, now);
        marker["RedispatchedAt"] = now;
        marker["Attempts"] = 0;
        await tables.PendingOutbox.UpsertEntityAsync(marker, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        try
        {
            await tables.Outbox.UpdateEntityAsync(new TableEntity(recipient, rowKey) { ["DispatchState"] = DispatchStates.Pending },
                row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Another operator redispatched it a moment ago; the marker written here is theirs too, or dropped as stale.
            return RedispatchOutcome.NotFailed;
        }
        await tables.FailedNotifications.DeleteIfThereAsync(recipient, notificationId, cancellationToken).ConfigureAwait(false);
        return RedispatchOutcome.Redispatched;
    }

    /// <summary>
    /// Settles a failed notification that was delivered another way (an operator's retry of its deliveries): the row
    /// becomes sent, if it is still the failed row listed, and it leaves the operators' list. False when it was not listed.
    /// </summary>
    public async Task<bool> ResolveFailedAsync(string recipient, string notificationId, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        if (await ListedRowAsync(recipient, notificationId, cancellationToken).ConfigureAwait(false) is not { } listed) return false;
        var (rowKey, row) = listed;
        if (row?.GetString("DispatchState") == DispatchStates.Failed)
        {
            try
            {
                await tables.Outbox.UpdateEntityAsync(new TableEntity(recipient, rowKey) { ["DispatchState"] = DispatchStates.Sent, ["SentAt"] = sentAt },
                    row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // An operator's redispatch moved it meanwhile; that path settles it.
            }
        }
        await tables.FailedNotifications.DeleteIfThereAsync(recipient, notificationId, cancellationToken).ConfigureAwait(false);
        return true;
    }

    // A listed failure's notification row key and its row as it stands (its state and ETag; null when the row is
    // gone), or null when the notification is not on the operators' list.
    private async Task<(string RowKey, TableEntity? Row)?> ListedRowAsync(string recipient, string notificationId, CancellationToken cancellationToken)
    {
        var listing = await tables.FailedNotifications.GetEntityIfExistsAsync<TableEntity>(recipient, notificationId, ["NotificationRowKey"],
            cancellationToken).ConfigureAwait(false);
        if (!listing.HasValue) return null;
        var rowKey = listing.Value!.GetString("NotificationRowKey");
        var row = await tables.Outbox.GetEntityIfExistsAsync<TableEntity>(recipient, rowKey, ["DispatchState"], cancellationToken).ConfigureAwait(false);
        return (rowKey, row.HasValue ? row.Value : null);
    }

    internal static string RowKeyOf(Notification n) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - n.ScheduledFor.UtcTicks:D19}~{n.Id}";

    private async Task<bool> ExistsAsync(string recipient, string notificationId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {recipient} and RowKey lt {NotificationKeysEnd} and NotificationId eq {notificationId}");
        await foreach (var _ in tables.Outbox.QueryAsync<TableEntity>(filter, 1, ["RowKey"], cancellationToken).ConfigureAwait(false))
            return true;
        return false;
    }

    // A marker already gone: another dispatch run settled this notification.
    private Task DeletePendingAsync(PendingDispatch pending, CancellationToken cancellationToken) =>
        tables.PendingOutbox.DeleteIfThereAsync(PendingPartition(pending.Recipient, pending.RowKey), PendingRowKey(pending.Recipient, pending.RowKey),
            cancellationToken);

    private static TableEntity PendingEntity(string recipient, string rowKey, DateTimeOffset notedAt) =>
        new(PendingPartition(recipient, rowKey), PendingRowKey(recipient, rowKey))
        {
            ["Recipient"] = recipient,
            ["OutboxRowKey"] = rowKey,
            ["NotedAt"] = notedAt,
        };

    private static TableEntity FailedEntity(PendingDispatch pending, Notification notification, string error, DateTimeOffset failedAt, int attempts) =>
        new(pending.Recipient, notification.Id)
        {
            ["NotificationId"] = notification.Id,
            ["NotificationRowKey"] = pending.RowKey,
            ["TaskId"] = notification.TaskId,
            ["Attempts"] = attempts,
            ["LastError"] = error,
            ["FailedAt"] = failedAt,
        };

    // A stable hash (FNV-1a), not string.GetHashCode, which differs between processes.
    private static string PendingPartition(string recipient, string rowKey)
    {
        var hash = 2166136261u;
        foreach (var c in rowKey) hash = (hash ^ c) * 16777619u;
        foreach (var c in recipient) hash = (hash ^ c) * 16777619u;
        return (hash % PendingStripes).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string PendingRowKey(string recipient, string rowKey) => $"{rowKey}~{recipient}";

    // Table properties hold up to 32K characters; a stack trace does not need to be kept whole.
    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000];

    private static TableEntity ToEntity(Notification n, string rowKey) => new(n.Recipient, rowKey)
    {
        ["NotificationId"] = n.Id,
        ["Kind"] = n.Kind,
        ["Level"] = n.Level,
        ["Stage"] = n.Stage,
        ["TaskId"] = n.TaskId,
        ["DueDate"] = n.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["ScheduledFor"] = n.ScheduledFor,
        ["CreatedAt"] = n.CreatedAt,
        ["Message"] = n.Message,
        ["DispatchState"] = n.DispatchState,
    };

    internal static Notification FromEntity(TableEntity e) => new(
        e.GetString("NotificationId"),
        e.PartitionKey,
        e.GetString("Kind"),
        e.GetInt32("Level") ?? 0,
        e.GetString("Stage"),
        e.GetString("TaskId"),
        DateOnly.Parse(e.GetString("DueDate"), System.Globalization.CultureInfo.InvariantCulture),
        e.GetDateTimeOffset("ScheduledFor") ?? default,
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetString("Message"),
        e.GetString("DispatchState"));
}
