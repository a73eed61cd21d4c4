using Azure;
using Azure.Data.Tables;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>
/// The task read model, shaped by its queries (see <see cref="TaskIndexKeys"/>): each list is a row-key range, so
/// its first page holds its first matches, and the global lists are striped so that no partition takes every write.
/// The lead agency's partition also holds its statistics counters, changed in the same transaction as the task's
/// rows there, so a retried write never counts a task twice.
/// </summary>
public sealed class TaskIndex(TrackingTables tables)
{
    private const int MaxAttempts = 60;

    /// <summary>Writes the entry, reading what was indexed before from the store.</summary>
    public async Task UpsertAsync(TaskIndexEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var previous = await GetAsync(entry.LeadAgency, entry.TaskId, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(entry, previous, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the entry, given what was indexed before (null for a task never indexed). The lead agency's partition is
    /// written last: it records what is indexed, so a write cut short is completed by the next one.
    /// </summary>
    public async Task UpsertAsync(TaskIndexEntry entry, TaskIndexEntry? previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var others = new List<Task>();
        foreach (var agency in entry.CoordinatingAgencies.Where(a => a != entry.LeadAgency).Distinct(StringComparer.Ordinal))
            others.Add(WriteViewsAsync(agency, "coordinating", entry, previous, allViews: true, cancellationToken));
        others.Add(WriteViewsAsync(TaskIndexKeys.GlobalPartitionOf(entry.TaskId), "", entry, previous, allViews: true, cancellationToken));
        others.Add(WriteViewsAsync(TaskIndexKeys.NoticePartition(entry.NoticeId), "", entry, previous, allViews: false, cancellationToken));
        await Task.WhenAll(others).ConfigureAwait(false);
        await WriteLeadAsync(entry, previous, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entry as indexed in its lead agency's partition; null when never indexed.</summary>
    public async Task<TaskIndexEntry?> GetAsync(string leadAgency, string taskId, CancellationToken cancellationToken = default)
    {
        var row = await tables.TaskIndex.GetEntityIfExistsAsync<TableEntity>(leadAgency, TaskIndexKeys.AllPrefix + taskId,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? TaskIndexRows.FromEntity(row.Value!) : null;
    }

    /// <summary>The entry by task id alone (its global partition), for readers that do not know the lead agency; null when never indexed.</summary>
    public async Task<TaskIndexEntry?> FindAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(taskId);
        var row = await tables.TaskIndex.GetEntityIfExistsAsync<TableEntity>(TaskIndexKeys.GlobalPartitionOf(taskId), TaskIndexKeys.AllPrefix + taskId,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? TaskIndexRows.FromEntity(row.Value!) : null;
    }

    /// <summary>One page of tasks matching the query: by task id, or by due date for the overdue list.</summary>
    /// <exception cref="InvalidContinuationTokenException">The token is not one this list issued.</exception>
    public async Task<Page<TaskIndexEntry>> QueryAsync(TaskQuery query, string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<string> partitions = query.Agency is { } agency ? [agency] : TaskIndexKeys.GlobalPartitions;
        var filters = new List<string>();
        string from, to;
        if (query.PendingExtension)
        {
            (from, to) = (TaskIndexKeys.ExtensionPrefix, TaskIndexKeys.PrefixEnd(TaskIndexKeys.ExtensionPrefix));
            if (query.Status is { } status) filters.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
            if (query.OverdueOn is { } day)
                filters.Add(TableClient.CreateQueryFilter(
                    $"Status eq {nameof(DirectiveTaskStatus.InProgress)} and DueDate ne {""} and DueDate lt {TaskIndexKeys.Date(day)}"));
        }
        else if (query is { DueFrom: { } dueFrom, DueTo: { } dueTo })
        {
            // "Sắp đến hạn": the open view's due-date range, both ends included.
            if (query.Status is { } status && status != DirectiveTaskStatus.InProgress) return new Page<TaskIndexEntry>([], null);
            (from, to) = (TaskIndexKeys.OpenPrefix + TaskIndexKeys.Date(dueFrom), TaskIndexKeys.OpenPrefix + TaskIndexKeys.Date(dueTo.AddDays(1)));
        }
        else if (query.OverdueOn is { } day)
        {
            if (query.Status is { } status && status != DirectiveTaskStatus.InProgress) return new Page<TaskIndexEntry>([], null);
            (from, to) = (TaskIndexKeys.OpenPrefix, TaskIndexKeys.OpenPrefix + TaskIndexKeys.Date(day));
        }
        else if (query.Status is { } status)
        {
            var prefix = $"{TaskIndexKeys.StatusPrefix}{status}~";
            (from, to) = (prefix, TaskIndexKeys.PrefixEnd(prefix));
        }
        else
        {
            (from, to) = (TaskIndexKeys.AllPrefix, TaskIndexKeys.PrefixEnd(TaskIndexKeys.AllPrefix));
        }

        var page = await RangePager.ReadAsync(tables.TaskIndex, partitions, from, to, filters.Count == 0 ? null : string.Join(" and ", filters),
            continuationToken, pageSize, cancellationToken).ConfigureAwait(false);
        return new Page<TaskIndexEntry>(page.Items.Select(TaskIndexRows.FromEntity).ToList(), page.ContinuationToken);
    }

    /// <summary>Every task of one notice (a notice holds tens of tasks, not thousands).</summary>
    public async IAsyncEnumerable<TaskIndexEntry> ListNoticeAsync(string noticeId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TaskIndexKeys.NoticePartition(noticeId)} and RowKey ge {TaskIndexKeys.AllPrefix} and RowKey lt {TaskIndexKeys.PrefixEnd(TaskIndexKeys.AllPrefix)}");
        await foreach (var entity in tables.TaskIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            yield return TaskIndexRows.FromEntity(entity);
    }

    /// <summary>
    /// A lead agency's figures as of <paramref name="today"/>, from its counters (one row per month of due dates),
    /// optionally only for tasks due within [<paramref name="from"/>, <paramref name="to"/>].
    /// </summary>
    public async Task<AgencyCounts> CountAsync(string agency, DateOnly today, DateOnly? from, DateOnly? to,
        (DateOnly From, DateOnly To)? dueSoon = null, CancellationToken cancellationToken = default)
    {
        var counts = new AgencyCounts(agency);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {agency} and RowKey ge {StatusCounts.Start} and RowKey lt {StatusCounts.End}");
        await foreach (var row in tables.TaskIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            StatusCounts.From(row).AddTo(counts, today, from, to, dueSoon);
        return counts;
    }

    private async Task WriteViewsAsync(string partition, string role, TaskIndexEntry entry, TaskIndexEntry? previous, bool allViews,
        CancellationToken cancellationToken)
    {
        var keys = allViews ? TaskIndexKeys.ViewRowKeys(entry).ToList() : [TaskIndexKeys.AllPrefix + entry.TaskId];
        var stale = previous is null || !allViews ? [] : TaskIndexKeys.ViewRowKeys(previous).Except(keys, StringComparer.Ordinal).ToList();
        var upserts = keys.Select(k => new TableTransactionAction(TableTransactionActionType.UpsertReplace, TaskIndexRows.ToEntity(entry, partition, k, role)));
        try
        {
            await tables.TaskIndex.SubmitTransactionAsync(
                upserts.Concat(stale.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, k), ETag.All))),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404)
        {
            // A stale row is already gone (an earlier write got this far): write the rest without it.
            await tables.TaskIndex.SubmitTransactionAsync(upserts, cancellationToken).ConfigureAwait(false);
            foreach (var key in stale) await DeleteIfThereAsync(partition, key, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteLeadAsync(TaskIndexEntry entry, TaskIndexEntry? previous, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var actions = new List<TableTransactionAction>();
            var keys = TaskIndexKeys.ViewRowKeys(entry).ToList();
            actions.AddRange(keys.Select(k =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, TaskIndexRows.ToEntity(entry, entry.LeadAgency, k, "lead"))));
            if (previous is not null)
            {
                actions.AddRange(TaskIndexKeys.ViewRowKeys(previous).Except(keys, StringComparer.Ordinal)
                    .Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(entry.LeadAgency, k), ETag.All)));
            }
            actions.AddRange(await CounterActionsAsync(entry, previous, cancellationToken).ConfigureAwait(false));

            try
            {
                await tables.TaskIndex.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412 && attempt < MaxAttempts)
            {
                // 409/412: another task of this agency changed the same counters first; 404: what was indexed is not
                // what we were told. Either way read again and retry.
                if (e.Status == 404) previous = await GetAsync(entry.LeadAgency, entry.TaskId, cancellationToken).ConfigureAwait(false);
                await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(attempt, 10) * 3), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<IEnumerable<TableTransactionAction>> CounterActionsAsync(TaskIndexEntry entry, TaskIndexEntry? previous,
        CancellationToken cancellationToken)
    {
        var added = StatusCounts.Contribution(entry.Status, entry.DueDate, entry.CompletedOn);
        var (addedRow, addedDay) = StatusCounts.Bucket(entry.DueDate);
        int[]? removed = null;
        string? removedRow = null;
        var removedDay = 0;
        if (previous is not null)
        {
            removed = StatusCounts.Contribution(previous.Status, previous.DueDate, previous.CompletedOn);
            (removedRow, removedDay) = StatusCounts.Bucket(previous.DueDate);
            if (removedRow == addedRow && removedDay == addedDay && removed.SequenceEqual(added)) return [];
        }

        var rowKeys = removedRow is null || removedRow == addedRow ? new[] { addedRow } : [addedRow, removedRow];
        var rows = await Task.WhenAll(rowKeys.Select(k =>
            tables.TaskIndex.GetEntityIfExistsAsync<TableEntity>(entry.LeadAgency, k, cancellationToken: cancellationToken))).ConfigureAwait(false);
        var actions = new List<TableTransactionAction>();
        for (var i = 0; i < rowKeys.Length; i++)
        {
            var stored = rows[i].HasValue ? rows[i].Value! : null;
            var counts = stored is null ? StatusCounts.Empty(rowKeys[i]) : StatusCounts.From(stored);
            if (rowKeys[i] == addedRow) counts.Apply(addedDay, added, 1);
            if (removed is not null && rowKeys[i] == removedRow) counts.Apply(removedDay, removed, -1);
            actions.Add(stored is null
                ? new TableTransactionAction(TableTransactionActionType.Add, counts.ToEntity(entry.LeadAgency))
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, counts.ToEntity(entry.LeadAgency), stored.ETag));
        }
        return actions;
    }

    private async Task DeleteIfThereAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await tables.TaskIndex.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
