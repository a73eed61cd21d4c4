using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Moves the global stripes' and the notices' view rows of a store written before they had tables of their own
/// (see <see cref="TrackingTables.GlobalTaskIndex"/>) out of <see cref="TrackingTables.TaskIndex"/>, once: start-up
/// runs it before the silo takes calls, and a marker row in <see cref="TrackingTables.Checkpoints"/> says it is done,
/// so later starts pay one read. Rows move in transactions of up to 100 per partition. Copies are inserts, never
/// replacements, so a row a newer writer already put in the new table is kept; a move cut short is finished by the
/// next start.
/// </summary>
public sealed class TaskViewTablesMove(TrackingTables tables)
{
    internal const string MarkerPartition = "migrations";
    internal const string MarkerRow = "task-view-tables";

    // An entity-group transaction holds at most 100 rows of one partition.
    private const int MaxTransaction = 100;

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
            // A store of 100,000 tasks holds about half a million of these rows: a transaction of up to 100 rows of a
            // partition for their copies and one for their deletes, rather than two requests per row, keeps the start short.
            foreach (var rows in page.Values.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(MaxTransaction)))
            {
                await CopyAsync(target, rows, cancellationToken).ConfigureAwait(false);
                await DeleteAsync(rows, cancellationToken).ConfigureAwait(false);
                moved += rows.Length;
            }
        }
        return moved;
    }

    private static async Task CopyAsync(TableClient target, TableEntity[] rows, CancellationToken cancellationToken)
    {
        try
        {
            await target.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, CopyOf(r))),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            // One of them is there already, so the transaction took none: add them one by one and keep what is there.
            // A row already there was written by a newer writer, or copied by a start cut short.
            foreach (var row in rows)
                await target.AddIfAbsentAsync(CopyOf(row), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeleteAsync(TableEntity[] rows, CancellationToken cancellationToken)
    {
        try
        {
            await tables.TaskIndex.SubmitTransactionAsync(rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            // One of them is gone already (a move running beside this one): delete the rest one by one.
            foreach (var row in rows)
                await tables.TaskIndex.DeleteIfThereAsync(row.PartitionKey, row.RowKey, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TableEntity CopyOf(TableEntity row) => row.CopyAs(row.PartitionKey, row.RowKey);
}
