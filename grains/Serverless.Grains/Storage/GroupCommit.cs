using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Group commit on one table. Concurrent writers each hand in one write and await it; while a write to a partition
/// is in flight, the writes that arrive for that partition wait and then leave together in one entity-group
/// transaction (up to 100 rows, one request). A write is one row or a unit of several rows of one partition, which
/// lands whole or not at all. A writer's task completes only once its own write is durable, or
/// refused, so every writer keeps the order of its writes exactly as if it wrote alone (an outbox row is never
/// written before its pending marker, a grain's state never before its notifications). A writer alone pays a
/// couple of milliseconds (the linger that lets a burst gather), and its write leaves as a single request.
/// </summary>
public sealed class GroupCommit(TableClient table)
{
    private const int MaxBatch = 100;
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(2);
    private readonly object gate = new();

    // Partitions with a flush running, and the writes waiting for it to end.
    private readonly Dictionary<string, List<Write>> waiting = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes <paramref name="action"/>. True when it landed; false when storage refused it in the way its caller
    /// expects and handles: an insert of a row already there (409), a delete or update of a row that is gone or was
    /// rewritten since it was read (404, 412). Any other failure is thrown, as it would be to a writer alone (and, as
    /// for a writer alone, a try that timed out may still have landed: its retry then meets its own row).
    /// </summary>
    public Task<bool> WriteAsync(TableTransactionAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Enqueue(new Write([action]));
    }

    /// <summary>
    /// Writes <paramref name="actions"/> (one partition, each row once, at most 100) as a unit: they land together, in
    /// one transaction with other writers' rows, or not at all; a unit is never split across transactions. True when
    /// the unit landed; false when storage refused one of its actions in the way described for a single write (then
    /// none of them landed, and the caller decides what to write instead). Any other failure is thrown.
    /// </summary>
    public Task<bool> WriteAsync(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxBatch) throw new ArgumentOutOfRangeException(nameof(actions), actions.Count, "A unit holds 1 to 100 actions.");
        var partition = actions[0].Entity.PartitionKey;
        if (actions.Any(a => a.Entity.PartitionKey != partition))
            throw new ArgumentException("A unit's actions must share one partition.", nameof(actions));
        if (actions.Select(a => a.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() != actions.Count)
            throw new ArgumentException("A unit may touch a row only once.", nameof(actions));
        return Enqueue(new Write([.. actions]));
    }

    private Task<bool> Enqueue(Write write)
    {
        var partition = write.Actions[0].Entity.PartitionKey;
        lock (gate)
        {
            if (waiting.TryGetValue(partition, out var queue))
            {
                queue.Add(write);
                return write.Done.Task;
            }
            waiting[partition] = [write];
        }

        // Off the caller's scheduler: a grain's turn must not carry the flushes of other grains' writes.
        _ = Task.Run(() => FlushAsync(partition));
        return write.Done.Task;
    }

    private async Task FlushAsync(string partition)
    {
        while (true)
        {
            // A moment for the writes of the same burst to join (each check's writes arrive a few at a time).
            await Task.Delay(Linger).ConfigureAwait(false);
            List<Write> batch;
            lock (gate)
            {
                var queue = waiting[partition];
                if (queue.Count == 0)
                {
                    waiting.Remove(partition);
                    return;
                }
                batch = Take(queue);
            }
            await SubmitAsync(batch).ConfigureAwait(false);
        }
    }

    // Up to 100 actions, oldest writes first; a transaction may touch a row only once, so a write touching a row
    // already in the batch waits for the next one (and lands after the first, in the order it was handed in). The rows
    // of a write left waiting are reserved too: a later write of one of them must not overtake it.
    private static List<Write> Take(List<Write> queue)
    {
        var batch = new List<Write>();
        var actions = 0;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var left = new List<Write>();
        foreach (var write in queue)
        {
            // Free when none of its rows is taken by an earlier write; its rows are taken either way. Checked before
            // adding, so a write is never blocked by its own rows (loops, not a lambda per write).
            var free = true;
            foreach (var action in write.Actions) free &= !rows.Contains(action.Entity.RowKey);
            foreach (var action in write.Actions) rows.Add(action.Entity.RowKey);
            if (free && actions + write.Actions.Length <= MaxBatch)
            {
                batch.Add(write);
                actions += write.Actions.Length;
            }
            else
            {
                left.Add(write);
            }
        }
        queue.Clear();
        queue.AddRange(left);
        return batch;
    }

    // Answers every write of the batch; never throws.
    private async Task SubmitAsync(List<Write> batch)
    {
        while (batch.Count > 0)
        {
            try
            {
                if (batch is [{ Actions: [var single] }])
                    await SingleAsync(single).ConfigureAwait(false);
                else
                    await table.SubmitTransactionAsync(batch.SelectMany(w => w.Actions)).ConfigureAwait(false);
                foreach (var write in batch) write.Done.TrySetResult(true);
                return;
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is int index && WriteAt(batch, index) is { } refused
                && IsExpectedRefusal(refused.Actions[index - Offset(batch, refused)].ActionType, e.Status))
            {
                // A transaction lands whole or not at all: the refused write (the whole unit) is answered, the others go again.
                refused.Done.TrySetResult(false);
                batch.Remove(refused);
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is null
                && batch.Exists(w => w.Actions.Any(a => IsExpectedRefusal(a.ActionType, e.Status))))
            {
                // Storage did not say which write it refused: each goes alone, to get its own answer (a unit alone
                // that is refused so is answered as refused).
                if (batch.Count == 1)
                {
                    batch[0].Done.TrySetResult(false);
                    return;
                }
                foreach (var write in batch) await SubmitAsync([write]).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (batch is [{ Actions: [var single] }] && IsExpectedRefusal(single.ActionType, e.Status))
            {
                batch[0].Done.TrySetResult(false);
                return;
            }
#pragma warning disable CA1031 // Handed to each writer, who fails as if it had written alone.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var write in batch) write.Done.TrySetException(e);
                return;
            }
        }
    }

    // The write holding the transaction's action at index (actions are sent write after write, in batch order).
    private static Write? WriteAt(List<Write> batch, int index)
    {
        var start = 0;
        foreach (var write in batch)
        {
            if (index < start + write.Actions.Length) return write;
            start += write.Actions.Length;
        }
        return null;
    }

    private static int Offset(List<Write> batch, Write write)
    {
        var start = 0;
        foreach (var w in batch)
        {
            if (w == write) return start;
            start += w.Actions.Length;
        }
        return start;
    }

    private Task<Response> SingleAsync(TableTransactionAction action) => action.ActionType switch
    {
        TableTransactionActionType.Add => table.AddEntityAsync(action.Entity),
        TableTransactionActionType.UpsertMerge => table.UpsertEntityAsync(action.Entity, TableUpdateMode.Merge),
        TableTransactionActionType.UpsertReplace => table.UpsertEntityAsync(action.Entity, TableUpdateMode.Replace),
        TableTransactionActionType.UpdateMerge => table.UpdateEntityAsync(action.Entity, action.ETag, TableUpdateMode.Merge),
        TableTransactionActionType.UpdateReplace => table.UpdateEntityAsync(action.Entity, action.ETag, TableUpdateMode.Replace),
        TableTransactionActionType.Delete => table.DeleteEntityAsync(action.Entity.PartitionKey, action.Entity.RowKey, action.ETag),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown table action."),
    };

    private static bool IsExpectedRefusal(TableTransactionActionType type, int status) => type switch
    {
        TableTransactionActionType.Add => status == 409,
        TableTransactionActionType.Delete or TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace => status is 404 or 412,
        _ => false,
    };

    private sealed class Write(TableTransactionAction[] actions)
    {
        public TableTransactionAction[] Actions { get; } = actions;

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
