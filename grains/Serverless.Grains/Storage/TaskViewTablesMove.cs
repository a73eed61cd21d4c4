using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Moves the global stripes' and the notices' view rows of a store written before they had tables of their own
/// (see <see cref="TrackingTables.GlobalTaskIndex"/>) out of <see cref="TrackingTables.TaskIndex"/>, once: start-up
/// runs it before the silo takes calls, and a marker row in <see cref="TrackingTables.Checkpoints"/> says it is done,
/// so later starts pay one read. Copies are inserts, never replacements, so a row a newer writer already put in the
/// new table is kept; a move cut short is finished by the next start.
/// </summary>
public sealed class TaskViewTablesMove(TrackingTables tables)
{
    internal const string MarkerPartition = "migrations";
    internal const string MarkerRow = "task-view-tables";

    /// <summary>Moves the rows unless the marker says it was done; returns the number of rows moved.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var marker = await tables.Checkpoints.GetEntityIfExistsAsync<TableEntity>(MarkerPartition, MarkerRow, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (marker.HasValue) return 0;

        var moved = 0;
        foreach (var stripe in TaskIndexKeys.GlobalPartitions)
            moved += await MoveAsync(TableClient.CreateQueryFilter($"PartitionKey eq {stripe}"), tables.GlobalTaskIndex, cancellationToken).ConfigureAwait(false);
        // Every notice partition: keys "n~…", the range [n~, n) with '~' + 1.
        var notices = TableClient.CreateQueryFilter(
            $"PartitionKey ge {TaskIndexKeys.NoticePartition("")} and PartitionKey lt {TaskIndexKeys.PrefixEnd(TaskIndexKeys.NoticePartition(""))}");
        moved += await MoveAsync(notices, tables.NoticeTaskIndex, cancellationToken).ConfigureAwait(false);

        await tables.Checkpoints.UpsertEntityAsync(new TableEntity(MarkerPartition, MarkerRow) { ["Moved"] = moved }, TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
        return moved;
    }

    private async Task<int> MoveAsync(string filter, TableClient target, CancellationToken cancellationToken)
    {
        var moved = 0;
        // Pages are read whole before their rows are deleted, so deleting does not disturb the paging.
        await foreach (var page in tables.TaskIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).AsPages()
            .ConfigureAwait(false))
        {
            foreach (var row in page.Values)
            {
                try
                {
                    await target.AddEntityAsync(CopyOf(row), cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    // Already there: written by a newer writer, or copied by a start cut short.
                }
                await tables.TaskIndex.DeleteIfThereAsync(row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false);
                moved++;
            }
        }
        return moved;
    }

    // The row's properties without the service's own (its ETag and time stamp).
    private static TableEntity CopyOf(TableEntity row)
    {
        var copy = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (name, value) in row)
        {
            if (name is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey")) copy[name] = value;
        }
        return copy;
    }
}
