using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Serverless.Functions.Dispatch;
using Serverless.Functions.Http;

namespace Serverless.Functions.Delivery;

/// <summary>
/// The delivery ledger (table deliveries). Partition = notification id, row key = channel + a hash of the address:
/// the row is claimed before a send and marked delivered right after the server accepts, so a message the broker
/// delivers twice, or a worker that dies before completing, finds the row delivered and sends nothing again. The
/// notification ids of a task share its id as prefix, so a task's receipts are one partition-range query. A
/// separate partition lists what operators must look at, keyed by notification id.
/// </summary>
public sealed class DeliveryLedger(DeliveryTables tables)
{
    // Notification ids start with a letter or digit, so this partition cannot collide with one.
    private const string FailedPartition = "!failed";

    /// <summary>Claims a send. A row already there is settled (delivered, failed) or is tried again (sending, retrying).</summary>
    public async Task<LedgerClaim> ClaimAsync(NotificationMessageBody notification, DeliveryTarget target, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(target);
        var entity = new TableEntity(notification.Id, RowKeyOf(target))
        {
            ["Channel"] = target.Channel,
            ["Address"] = target.Address,
            ["Recipient"] = notification.Recipient,
            ["TaskId"] = notification.TaskId,
            ["State"] = DeliveryStates.Sending,
            ["Attempts"] = 1,
            ["At"] = now,
        };
        try
        {
            await tables.Deliveries.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return LedgerClaim.Claimed;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }

        var existing = (await tables.Deliveries.GetEntityAsync<TableEntity>(notification.Id, entity.RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false)).Value;
        if (existing.GetString("State") is DeliveryStates.Delivered or DeliveryStates.Failed) return LedgerClaim.Settled;
        var update = new TableEntity(notification.Id, entity.RowKey)
        {
            ["State"] = DeliveryStates.Sending,
            ["Attempts"] = (existing.GetInt32("Attempts") ?? 0) + 1,
            ["At"] = now,
        };
        try
        {
            await tables.Deliveries.UpdateEntityAsync(update, existing.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return LedgerClaim.Claimed;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Another worker claimed it between the read and the write: the message is being handled twice at
            // once; this copy backs off and the broker brings it back if the other one does not finish.
            throw new TransientDeliveryException($"Delivery of {notification.Id} over {target.Channel} is being handled by another worker.");
        }
    }

    /// <summary>Records that the server or endpoint accepted the send.</summary>
    public Task MarkDeliveredAsync(NotificationMessageBody notification, DeliveryTarget target, string detail, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        MergeAsync(notification, target, DeliveryStates.Delivered, detail, now, cancellationToken);

    /// <summary>Records a transient failure: a later delivery of the message tries again.</summary>
    public Task MarkRetryingAsync(NotificationMessageBody notification, DeliveryTarget target, string error, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        MergeAsync(notification, target, DeliveryStates.Retrying, error, now, cancellationToken);

    /// <summary>Records a send refused for good or given up on, and lists it for operators.</summary>
    public async Task MarkFailedAsync(NotificationMessageBody notification, DeliveryTarget target, string reason, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(target);
        var state = target.Channel == DeliveryChannels.None ? DeliveryStates.NoContacts : DeliveryStates.Failed;
        var row = new TableEntity(notification.Id, RowKeyOf(target))
        {
            ["Channel"] = target.Channel,
            ["Address"] = target.Address,
            ["Recipient"] = notification.Recipient,
            ["TaskId"] = notification.TaskId,
            ["State"] = state,
            ["Detail"] = Truncate(reason),
            ["At"] = now,
        };
        await tables.Deliveries.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        var listed = new TableEntity(FailedPartition, $"{notification.Id}|{row.RowKey}")
        {
            ["NotificationId"] = notification.Id,
            ["Recipient"] = notification.Recipient,
            ["TaskId"] = notification.TaskId,
            ["Channel"] = target.Channel,
            ["Address"] = target.Address,
            ["Outcome"] = state,
            ["Reason"] = Truncate(reason),
            ["At"] = now,
            ["Body"] = JsonSerializer.Serialize(notification, ApiJson.Options),
        };
        await tables.Deliveries.UpsertEntityAsync(listed, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rows of a notification that are neither delivered nor settled for good.</summary>
    public async Task<IReadOnlyList<DeliveryTarget>> ListOpenAsync(string notificationId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {notificationId}");
        var open = new List<DeliveryTarget>();
        await foreach (var e in tables.Deliveries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (e.GetString("State") is DeliveryStates.Sending or DeliveryStates.Retrying)
                open.Add(new DeliveryTarget(e.GetString("Channel") ?? "", e.GetString("Address") ?? ""));
        }
        return open;
    }

    /// <summary>Every delivery of every notification of a task.</summary>
    public async Task<IReadOnlyList<DeliveryReceipt>> ListForTaskAsync(string taskId, CancellationToken cancellationToken = default)
    {
        // Every notification id of a task is "{taskId}." + a suffix (deadline stages, extensions, follow-ups): exactly the
        // partitions from "{taskId}." up to "{taskId}/" ('/' follows '.'). Another task's ids never start so.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {taskId + "."} and PartitionKey lt {taskId + "/"}");
        var receipts = new List<DeliveryReceipt>();
        await foreach (var e in tables.Deliveries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            receipts.Add(new DeliveryReceipt(e.PartitionKey, e.GetString("Recipient") ?? "", e.GetString("Channel") ?? "", e.GetString("Address") ?? "",
                e.GetString("State") ?? "", e.GetDateTimeOffset("At") ?? default, e.GetInt32("Attempts") ?? 0, e.GetString("Detail")));
        }
        return receipts;
    }

    /// <summary>What operators must look at, by notification id, paged.</summary>
    public async Task<(IReadOnlyList<FailedDelivery> Items, string? ContinuationToken)> ListFailedAsync(string? continuationToken, int pageSize,
        CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FailedPartition}");
        var pages = tables.Deliveries.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(continuationToken, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            return (page.Values.Select(e => new FailedDelivery(e.GetString("NotificationId") ?? "", e.GetString("Recipient") ?? "",
                e.GetString("TaskId") ?? "", e.GetString("Channel") ?? "", e.GetString("Address") ?? "", e.GetString("Outcome") ?? "",
                e.GetString("Reason") ?? "", e.GetDateTimeOffset("At") ?? default)).ToList(), page.ContinuationToken);
        }
        return ([], null);
    }

    /// <summary>
    /// Reopens a notification's failed deliveries for an operator's retry: its failed rows become retrying, its
    /// no-contacts row goes (the contacts are read afresh), and it leaves the operators' list. Returns the
    /// notification, or null when nothing of it is listed.
    /// </summary>
    public async Task<NotificationMessageBody?> ReopenAsync(string notificationId, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {FailedPartition} and RowKey ge {notificationId + "|"} and RowKey lt {notificationId + "}"}");
        NotificationMessageBody? body = null;
        await foreach (var e in tables.Deliveries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            body ??= JsonSerializer.Deserialize<NotificationMessageBody>(e.GetString("Body") ?? "null", ApiJson.Options);
            var rowKey = e.RowKey[(notificationId.Length + 1)..];
            if (e.GetString("Channel") == DeliveryChannels.None)
                await tables.Deliveries.DeleteEntityAsync(notificationId, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            else
                await tables.Deliveries.UpsertEntityAsync(new TableEntity(notificationId, rowKey) { ["State"] = DeliveryStates.Retrying },
                    TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            await tables.Deliveries.DeleteEntityAsync(FailedPartition, e.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        return body;
    }

    private async Task MergeAsync(NotificationMessageBody notification, DeliveryTarget target, string state, string detail, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(target);
        var row = new TableEntity(notification.Id, RowKeyOf(target)) { ["State"] = state, ["Detail"] = Truncate(detail), ["At"] = now };
        await tables.Deliveries.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
    }

    // Addresses may hold characters table keys forbid ('/' in URLs); a hash of the address is a safe, fixed-length key.
    internal static string RowKeyOf(DeliveryTarget target) =>
        $"{target.Channel}~{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(target.Address.ToUpperInvariant())))[..32]}";

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];
}
