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
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {recipient} and RowKey lt {PendingPrefix}");
        var pages = tables.Outbox.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
            return new Page<Notification>(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
        return new Page<Notification>([], null);
    }

    internal static string RowKeyOf(Notification n) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - n.ScheduledFor.UtcTicks:D19}~{n.Id}";

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
