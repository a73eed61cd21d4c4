using Azure;
using Azure.Data.Tables;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>
/// The task read model, shaped by its queries (see <see cref="TaskIndexKeys"/>): each list is a row-key range, so
/// its first page holds its first matches, and the global lists are striped so that no partition takes every write.
/// The agencies' partitions live in <see cref="TrackingTables.TaskIndex"/>, the global stripes and the notices'
/// partitions in tables of their own (<see cref="TrackingTables.GlobalTaskIndex"/>, <see cref="TrackingTables.NoticeTaskIndex"/>).
/// The lead agency's partition also holds its statistics counters of record, changed in the same transaction as the
/// task's rows there, so a retried write never counts a task twice; the statistics read their copies in a small table
/// of their own (<see cref="CounterSummaries"/>).
/// </summary>
public sealed class TaskIndex(TrackingTables tables)
{
    private const int MaxAttempts = 60;
    private readonly CounterSummaries summaries = new(tables);
    private readonly CounterRowCache counterRows = new();

    // The view rows outside the lead's partition, committed together with concurrent writers' (see WriteViewsAsync),
    // one group commit per table.
    private readonly GroupCommit agencyViews = new(tables.TaskIndex);
    private readonly GroupCommit globalViews = new(tables.GlobalTaskIndex);
    private readonly GroupCommit noticeViews = new(tables.NoticeTaskIndex);

    /// <summary>
    /// Writes the entry, reading what was indexed before from the store; for a writer that does not know what it
    /// indexed last (after a failed write, or a fresh activation). It also copies the task's counter rows again, so a
    /// write whose counters landed but whose copy was cut short is made whole by the task's next write.
    /// </summary>
    public async Task UpsertAsync(TaskIndexEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var previous = await GetAsync(entry.LeadAgency, entry.TaskId, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(entry, previous, cancellationToken).ConfigureAwait(false);
        var buckets = CounterRowKeys(entry).Concat(previous is null ? [] : CounterRowKeys(previous));
        await summaries.RepairAsync(entry.LeadAgency, buckets, cancellationToken).ConfigureAwait(false);
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
            others.Add(WriteViewsAsync(agencyViews, tables.TaskIndex, agency, "coordinating", entry, previous, allViews: true, cancellationToken));
        others.Add(WriteViewsAsync(globalViews, tables.GlobalTaskIndex, TaskIndexKeys.GlobalPartitionOf(entry.TaskId), "", entry, previous,
            allViews: true, cancellationToken));
        others.Add(WriteViewsAsync(noticeViews, tables.NoticeTaskIndex, TaskIndexKeys.NoticePartition(entry.NoticeId), "", entry, previous,
            allViews: false, cancellationToken));
        await Task.WhenAll(others).ConfigureAwait(false);
        await WriteLeadAsync(entry, previous, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the counters of record of these agencies into <see cref="TrackingTables.TaskCounts"/> when that table
    /// holds none yet: a store written before the copies existed would otherwise show no statistics until each
    /// agency's next task write. Start-up calls it; on a new store it finds nothing to copy.
    /// </summary>
    public async Task CopyCountersIfNoneAsync(IEnumerable<string> agencies, CancellationToken cancellationToken = default)
    {
        if (await summaries.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
            await summaries.CopyBehindAsync(agencies, andThoseWithCopies: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies every counter row of record whose copy is missing or older (see <see cref="CounterSummaries.CopyBehindAsync"/>):
    /// the statistics' periodic repair, for these agencies and every agency that has copies. Returns the number of rows
    /// copied, 0 when every copy was current.
    /// </summary>
    public Task<int> RepairCounterCopiesAsync(IEnumerable<string> agencies, CancellationToken cancellationToken = default) =>
        summaries.CopyBehindAsync(agencies, andThoseWithCopies: true, cancellationToken);

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
        var row = await tables.GlobalTaskIndex.GetEntityIfExistsAsync<TableEntity>(TaskIndexKeys.GlobalPartitionOf(taskId), TaskIndexKeys.AllPrefix + taskId,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? TaskIndexRows.FromEntity(row.Value!) : null;
    }

    /// <summary>One page of tasks matching the query: by task id, or by due date for the overdue list.</summary>
    /// <exception cref="InvalidContinuationTokenException">The token is not one this list issued.</exception>
    public async Task<Page<TaskIndexEntry>> QueryAsync(TaskQuery query, string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (table, partitions) = query.Agency is { } agency
            ? (tables.TaskIndex, (IReadOnlyList<string>)[agency])
            : (tables.GlobalTaskIndex, TaskIndexKeys.GlobalPartitions);
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

        var page = await RangePager.ReadAsync(table, partitions, from, to, filters.Count == 0 ? null : string.Join(" and ", filters),
            continuationToken, pageSize, cancellationToken).ConfigureAwait(false);
        return new Page<TaskIndexEntry>(page.Items.Select(TaskIndexRows.FromEntity).ToList(), page.ContinuationToken);
    }

    /// <summary>Every task of one notice (a notice holds tens of tasks, not thousands).</summary>
    public async IAsyncEnumerable<TaskIndexEntry> ListNoticeAsync(string noticeId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TaskIndexKeys.NoticePartition(noticeId)} and RowKey ge {TaskIndexKeys.AllPrefix} and RowKey lt {TaskIndexKeys.PrefixEnd(TaskIndexKeys.AllPrefix)}");
        await foreach (var entity in tables.NoticeTaskIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            yield return TaskIndexRows.FromEntity(entity);
    }

    /// <summary>
    /// A lead agency's figures as of <paramref name="today"/>, from its counters (one row per month of due dates),
    /// optionally only for tasks due within [<paramref name="from"/>, <paramref name="to"/>].
    /// </summary>
    public async Task<AgencyCounts> CountAsync(string agency, DateOnly today, DateOnly? from, DateOnly? to,
        (DateOnly From, DateOnly To)? dueSoon = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var all = await CountAllAsync(agency, today, from, to, dueSoon, cancellationToken).ConfigureAwait(false);
        return all.SingleOrDefault() ?? new AgencyCounts(agency);
    }

    /// <summary>
    /// Every lead agency's figures (or one agency's, when <paramref name="agency"/> is given), as <see cref="CountAsync"/>
    /// counts them, from one query over the counters' copies: the cost follows agencies and months, never tasks.
    /// Agencies with no counter row are left out.
    /// </summary>
    public async Task<IReadOnlyList<AgencyCounts>> CountAllAsync(string? agency, DateOnly today, DateOnly? from, DateOnly? to,
        (DateOnly From, DateOnly To)? dueSoon = null, CancellationToken cancellationToken = default)
    {
        var rows = await summaries.ReadAsync(agency, StatusCounts.Start, StatusCounts.End, cancellationToken).ConfigureAwait(false);
        var byAgency = new Dictionary<string, AgencyCounts>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byAgency.TryGetValue(row.PartitionKey, out var counts)) byAgency[row.PartitionKey] = counts = new AgencyCounts(row.PartitionKey);
            StatusCounts.From(row).AddTo(counts, today, from, to, dueSoon);
        }
        return byAgency.Values.ToList();
    }

    /// <summary>
    /// How many tasks <paramref name="agency"/> leads (every agency, when null) were overdue at the end of each of
    /// <paramref name="days"/>, from the counters' copies (one row per month of due dates and per month of late
    /// completions: the cost follows the months, never the tasks). The due date counted is the one in force now; see
    /// <see cref="OverdueHistory"/>.
    /// </summary>
    public async Task<IReadOnlyList<int>> CountOverdueAsync(string? agency, IReadOnlyList<DateOnly> days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var history = new OverdueHistory(days);
        // The late-completion rows ("C…") and the due-day rows ("M…", "U") are the whole range [C, V).
        var rows = await summaries.ReadAsync(agency, LateCompletions.Start, StatusCounts.End, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows) StatusCounts.From(row).AddTo(history);
        return history.Counts;
    }

    // The task's rows in one partition other than the lead's: a unit of the group commit, so the rows that concurrent
    // tasks write into the same partition (a notice's twenty tasks, a stripe's, an agency's) leave together in one
    // transaction, while each task's own rows still land together or not at all, and its write completes only once
    // they are durable.
    private static async Task WriteViewsAsync(GroupCommit views, TableClient table, string partition, string role, TaskIndexEntry entry,
        TaskIndexEntry? previous, bool allViews, CancellationToken cancellationToken)
    {
        var keys = allViews ? TaskIndexKeys.ViewRowKeys(entry).ToList() : [TaskIndexKeys.AllPrefix + entry.TaskId];
        var stale = previous is null || !allViews ? [] : TaskIndexKeys.ViewRowKeys(previous).Except(keys, StringComparer.Ordinal).ToList();
        var upserts = keys.Select(k => new TableTransactionAction(TableTransactionActionType.UpsertReplace, TaskIndexRows.ToEntity(entry, partition, k, role))).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        if (await views.WriteAsync([.. upserts, .. stale.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, k), ETag.All))])
            .ConfigureAwait(false))
            return;

        // A stale row is already gone (an earlier write got this far): write the rest without it. Upserts are never
        // refused, so the unit lands or throws.
        await views.WriteAsync(upserts).ConfigureAwait(false);
        foreach (var key in stale) await table.DeleteIfThereAsync(partition, key, cancellationToken).ConfigureAwait(false);
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
            var counters = (await CounterActionsAsync(entry, previous, cancellationToken).ConfigureAwait(false)).ToList();
            actions.AddRange(counters);

            try
            {
                var responses = await tables.TaskIndex.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                // CounterActionsAsync builds every counter action from a TableEntity.
                var counterRowsWritten = counters.Select(c => (TableEntity)c.Entity).ToList();
                for (var i = 0; i < counterRowsWritten.Count; i++)
                {
                    if (responses.Value[actions.Count - counters.Count + i].Headers.ETag is { } etag)
                        counterRows.Remember(counterRowsWritten[i], etag);
                }
                // Copied once they are of record; a copy cut short here is redone by the task's next write (see UpsertAsync).
                await Task.WhenAll(counterRowsWritten.Select(row => summaries.CopyAsync(row, cancellationToken))).ConfigureAwait(false);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412 && attempt < MaxAttempts)
            {
                // 409/412: another task of this agency changed the same counters first; 404: what was indexed is not
                // what we were told. Either way read again and retry.
                if (e.Status == 404) previous = await GetAsync(entry.LeadAgency, entry.TaskId, cancellationToken).ConfigureAwait(false);
                counterRows.Forget(counters.Select(c => (c.Entity.PartitionKey, c.Entity.RowKey)));
                await Task.Delay(Random.Shared.Next(1, 2 + Math.Min(attempt, 10) * 3), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<IEnumerable<TableTransactionAction>> CounterActionsAsync(TaskIndexEntry entry, TaskIndexEntry? previous,
        CancellationToken cancellationToken)
    {
        // The net change per counter cell (row, day): the task's contribution now minus what it contributed before.
        var cells = new Dictionary<(string Row, int Day), int[]>();
        AddCells(cells, entry, 1);
        if (previous is not null) AddCells(cells, previous, -1);
        var changed = cells.Where(c => c.Value.Any(v => v != 0)).ToList();
        if (changed.Count == 0) return [];

        var rowKeys = changed.Select(c => c.Key.Row).Distinct(StringComparer.Ordinal).ToArray();
        // A row this instance wrote last is known with its ETag; a stale one fails the transaction (412) and is read again.
        var rows = await Task.WhenAll(rowKeys.Select(k => counterRows.TryGet(entry.LeadAgency, k, out var known)
            ? Task.FromResult<TableEntity?>(known)
            : ReadCounterAsync(entry.LeadAgency, k, cancellationToken))).ConfigureAwait(false);
        var actions = new List<TableTransactionAction>();
        for (var i = 0; i < rowKeys.Length; i++)
        {
            var stored = rows[i];
            var counts = stored is null ? StatusCounts.Empty(rowKeys[i]) : StatusCounts.From(stored);
            foreach (var cell in changed.Where(c => c.Key.Row == rowKeys[i])) counts.Apply(cell.Key.Day, cell.Value, 1);
            // Each change raises the row's version, so its copies can tell a newer row from an older one.
            var row = CounterSummaries.WithVersion(counts.ToEntity(entry.LeadAgency), stored is null ? 1 : CounterSummaries.VersionOf(stored) + 1);
            actions.Add(stored is null
                ? new TableTransactionAction(TableTransactionActionType.Add, row)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, stored.ETag));
        }
        return actions;
    }

    private async Task<TableEntity?> ReadCounterAsync(string agency, string rowKey, CancellationToken cancellationToken)
    {
        var row = await tables.TaskIndex.GetEntityIfExistsAsync<TableEntity>(agency, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }

    // The counter rows a task counts in as it stands.
    private static IEnumerable<string> CounterRowKeys(TaskIndexEntry task)
    {
        yield return StatusCounts.Bucket(task.DueDate).RowKey;
        if (LateCompletions.Bucket(task.Status, task.DueDate, task.CompletedOn) is { } late) yield return late.RowKey;
    }

    private static void AddCells(Dictionary<(string Row, int Day), int[]> cells, TaskIndexEntry task, int sign)
    {
        Add(StatusCounts.Bucket(task.DueDate), StatusCounts.Contribution(task.Status, task.DueDate, task.CompletedOn));
        if (LateCompletions.Bucket(task.Status, task.DueDate, task.CompletedOn) is { } late) Add(late, [1]);

        void Add((string Row, int Day) cell, int[] contribution)
        {
            if (!cells.TryGetValue(cell, out var net)) cells[cell] = net = new int[contribution.Length];
            for (var i = 0; i < contribution.Length; i++) net[i] += sign * contribution[i];
        }
    }
}
