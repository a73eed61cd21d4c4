using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Moves the failed markers of a store written before they had a table of their own ("failed~{id}" rows in the
/// recipients' outbox partitions) into <see cref="TrackingTables.FailedNotifications"/>, once: start-up runs it before
/// the silo takes calls, and a marker row in <see cref="TrackingTables.Checkpoints"/> says it is done. Finding the old
/// markers reads the whole outbox (they are spread over every recipient's partition), which is why this is done once
/// and the list no longer does it on every call. Copies are inserts: a listing already there (written since) is kept.
/// </summary>
public sealed class FailedNotificationsMove(TrackingTables tables)
{
    internal const string MarkerRow = "failed-notifications";

    /// <summary>Moves the markers unless the checkpoint says it was done; returns the number moved.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var done = await tables.Checkpoints.GetEntityIfExistsAsync<TableEntity>(TaskViewTablesMove.MarkerPartition, MarkerRow,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (done.HasValue) return 0;

        var prefix = NotificationOutbox.LegacyFailedPrefix;
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {TaskIndexKeys.PrefixEnd(prefix)}");
        var moved = 0;
        // Pages are read whole before their rows are deleted, so deleting does not disturb the paging. Failed markers
        // are few (what delivery gave up on), so one request per row is enough.
        await foreach (var page in tables.Outbox.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).AsPages()
            .ConfigureAwait(false))
        {
            foreach (var old in page.Values)
            {
                // A listing already there (a give-up since the new code runs, or a move cut short) is kept.
                await tables.FailedNotifications.AddIfAbsentAsync(old.CopyAs(old.PartitionKey, old.RowKey[prefix.Length..]), cancellationToken)
                    .ConfigureAwait(false);
                await tables.Outbox.DeleteIfThereAsync(old.PartitionKey, old.RowKey, cancellationToken).ConfigureAwait(false);
                moved++;
            }
        }

        await tables.Checkpoints.UpsertEntityAsync(new TableEntity(TaskViewTablesMove.MarkerPartition, MarkerRow) { ["Moved"] = moved },
            TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return moved;
    }
}
