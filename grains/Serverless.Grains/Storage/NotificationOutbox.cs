using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// The outbox table. Partition = recipient; row key = inverted scheduled time + id, so a recipient's inbox reads
/// newest first and, because the key is derived from the stage alone, a second write of the same stage collides
/// instead of duplicating. A "pending" marker row in the same partition, written in the same transaction, lets the
/// dispatcher find undelivered rows without scanning history.
/// </summary>
public sealed class NotificationOutbox(TrackingTables tables)
{
    internal const string PendingPrefix = "pending~";

    // Failed markers are keyed by notification id, so an operator's redispatch is a point read.
    internal const string FailedPrefix = "failed~";

    // Notification row keys start with the 19 digits of the inverted scheduled ticks; ':' sorts right after '9',
    // and every marker key starts with a letter, so "RowKey lt ':'" selects notification rows only.
    private const string NotificationKeysEnd = ":";

    /// <summary>Writes the notification once. Returns false when it was already there.</summary>
    public async Task<bool> AddAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        var rowKey = RowKeyOf(notification);
        var entity = ToEntity(notification, rowKey);
        var marker = new TableEntity(notification.Recipient, PendingPrefix + rowKey);
        try
        {
            await tables.Outbox.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, entity),
                 new TableTransactionAction(TableTransactionActionType.Add, marker)],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
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
    /// Every pending marker, across recipients. One range query on the row key: cheap while the outbox is small,
    /// and it needs no list of recipients, so a recipient dropped from agencies.json is still delivered.
    /// </summary>
    public async IAsyncEnumerable<PendingDispatch> ListPendingAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var marker in tables.Outbox.QueryAsync<TableEntity>(PrefixFilter(PendingPrefix), 1000, cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            yield return new PendingDispatch(
                marker.PartitionKey,
                marker.RowKey[PendingPrefix.Length..],
                marker.GetInt32("Attempts") ?? 0,
                marker.GetString("LastError"),
                marker.GetDateTimeOffset("NextAttemptAt"));
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
    /// Records that the broker accepted the notification: the row becomes "sent" and the marker goes, in one
    /// transaction. A marker already gone means another run got there first, which is fine.
    /// </summary>
    public Task MarkSentAsync(PendingDispatch pending, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var row = new TableEntity(pending.Recipient, pending.RowKey) { ["DispatchState"] = DispatchStates.Sent, ["SentAt"] = sentAt };
        return SubmitIgnoringMissingAsync(
            [new TableTransactionAction(TableTransactionActionType.UpdateMerge, row, ETag.All),
             new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pending.Recipient, PendingPrefix + pending.RowKey), ETag.All)],
            cancellationToken);
    }

    /// <summary>Records a failed attempt on the marker and when the next one may be made.</summary>
    public async Task RecordAttemptAsync(PendingDispatch pending, string error, DateTimeOffset attemptedAt, DateTimeOffset nextAttemptAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var marker = new TableEntity(pending.Recipient, PendingPrefix + pending.RowKey)
        {
            ["Attempts"] = pending.Attempts + 1,
            ["LastError"] = Truncate(error),
            ["LastAttemptAt"] = attemptedAt,
            ["NextAttemptAt"] = nextAttemptAt,
        };
        try
        {
            // Update, not upsert: a marker deleted meanwhile was delivered and must not come back.
            await tables.Outbox.UpdateEntityAsync(marker, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>
    /// Gives up on a notification after its last failed attempt: the row becomes "failed" and the pending marker
    /// is replaced by a failed marker operators can list, in one transaction. Nothing is deleted.
    /// </summary>
    public Task MarkFailedAsync(PendingDispatch pending, Notification notification, string error, DateTimeOffset failedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(notification);
        var row = new TableEntity(pending.Recipient, pending.RowKey) { ["DispatchState"] = DispatchStates.Failed };
        var failed = new TableEntity(pending.Recipient, FailedPrefix + notification.Id)
        {
            ["NotificationId"] = notification.Id,
            ["NotificationRowKey"] = pending.RowKey,
            ["TaskId"] = notification.TaskId,
            ["Attempts"] = pending.Attempts + 1,
            ["LastError"] = Truncate(error),
            ["FailedAt"] = failedAt,
        };
        return SubmitIgnoringMissingAsync(
            [new TableTransactionAction(TableTransactionActionType.UpdateMerge, row, ETag.All),
             new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pending.Recipient, PendingPrefix + pending.RowKey), ETag.All),
             new TableTransactionAction(TableTransactionActionType.UpsertReplace, failed)],
            cancellationToken);
    }

    /// <summary>Failed notifications across recipients, a page at a time.</summary>
    public async Task<Page<FailedDispatch>> ListFailedAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        var pages = tables.Outbox.QueryAsync<TableEntity>(PrefixFilter(FailedPrefix), pageSize, cancellationToken: cancellationToken)
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

    /// <summary>Puts a failed notification back to pending with a fresh attempt count.</summary>
    public async Task<RedispatchOutcome> RedispatchAsync(string recipient, string notificationId, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var failed = await tables.Outbox.GetEntityIfExistsAsync<TableEntity>(recipient, FailedPrefix + notificationId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!failed.HasValue)
            return await ExistsAsync(recipient, notificationId, cancellationToken).ConfigureAwait(false)
                ? RedispatchOutcome.NotFailed
                : RedispatchOutcome.NotFound;

        var rowKey = failed.Value!.GetString("NotificationRowKey");
        var row = new TableEntity(recipient, rowKey) { ["DispatchState"] = DispatchStates.Pending };
        var marker = new TableEntity(recipient, PendingPrefix + rowKey) { ["RedispatchedAt"] = now };
        try
        {
            await tables.Outbox.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateMerge, row, ETag.All),
                 new TableTransactionAction(TableTransactionActionType.Delete, failed.Value, failed.Value.ETag),
                 new TableTransactionAction(TableTransactionActionType.UpsertReplace, marker)],
                cancellationToken).ConfigureAwait(false);
            return RedispatchOutcome.Redispatched;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
        {
            // Another operator redispatched it a moment ago.
            return RedispatchOutcome.NotFailed;
        }
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

    private async Task SubmitIgnoringMissingAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Outbox.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            // The marker is gone: another dispatch run already settled this notification.
        }
    }

    // Row keys in [prefix, prefix with its last character incremented): exactly the keys that start with prefix.
    private static string PrefixFilter(string prefix) =>
        TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {prefix[..^1] + (char)(prefix[^1] + 1)}");

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
