using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Dispatch;

/// <summary>
/// Publishes pending outbox rows to the notifications topic and marks them sent only once the broker has accepted
/// them. A failed attempt is recorded on the row's marker with the time of the next one (exponential back-off);
/// after <see cref="DispatchOptions.MaxAttempts"/> the row is marked failed for an operator, never dropped. A row
/// may reach the broker twice (sent, then the process dies before marking it); the message id is the notification
/// id, so the topic's duplicate detection keeps one.
/// </summary>
public sealed partial class OutboxDispatcher(
    NotificationOutbox outbox,
    NotificationTopicClient topic,
    TrackingClock clock,
    IOptions<DispatchOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Runs one dispatch pass; does nothing when Service Bus is not configured.</summary>
    public async Task<DispatchResult> DispatchAsync(CancellationToken cancellationToken)
    {
        if (topic.Sender is not { } sender)
        {
            LogDisabled(logger);
            return DispatchResult.Disabled;
        }

        var now = clock.Now;
        var (due, waiting) = await ReadDueAsync(now, cancellationToken).ConfigureAwait(false);
        var tally = new Tally { Waiting = waiting };
        var next = 0;
        while (next < due.Count)
        {
            var batchRows = new List<DueRow>();
            long? tooLargeFor = null;
            try
            {
                using var batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                while (next < due.Count && batch.TryAddMessage(TopicMessages.Create(due[next].Notification)))
                    batchRows.Add(due[next++]);

                if (batchRows.Count == 0) tooLargeFor = batch.MaxSizeInBytes;
                else await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever the broker or the network did, the rows stay in the outbox and are retried.
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                // Without a batch nothing in this run can be sent: the attempt failed for every row still due.
                if (batchRows.Count == 0)
                {
                    batchRows.AddRange(due.Skip(next));
                    next = due.Count;
                }

                LogSendFailed(logger, e, batchRows.Count);
                foreach (var row in batchRows)
                {
                    if (await RecordFailureAsync(row, e, now, cancellationToken).ConfigureAwait(false)) tally.Failed++;
                    else tally.Retrying++;
                }
                continue;
            }

            if (tooLargeFor is { } limit)
            {
                // No later attempt can succeed, so there is no point in retrying.
                await GiveUpAsync(due[next++], $"The message is larger than the topic accepts ({limit} bytes).", now, cancellationToken)
                    .ConfigureAwait(false);
                tally.Failed++;
                continue;
            }

            // Only now has the broker accepted the batch. If marking fails, the rows stay pending, are sent again
            // later and the topic drops the duplicates.
            foreach (var row in batchRows)
            {
                await outbox.MarkSentAsync(row.Pending, clock.Now, cancellationToken).ConfigureAwait(false);
                tally.Sent++;
            }
        }

        var result = new DispatchResult(true, tally.Sent, tally.Retrying, tally.Failed, tally.Waiting);
        LogDispatched(logger, result.Sent, result.Retrying, result.Failed, result.Waiting);
        return result;
    }

    private async Task<(List<DueRow> Due, int Waiting)> ReadDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<DueRow>();
        var waiting = 0;
        await foreach (var pending in outbox.ListPendingAsync(cancellationToken).ConfigureAwait(false))
        {
            if (pending.NextAttemptAt > now)
            {
                waiting++;
                continue;
            }
            if (due.Count >= options.Value.MaxPerRun) continue;

            var notification = await outbox.GetAsync(pending, cancellationToken).ConfigureAwait(false);
            if (notification is not { DispatchState: DispatchStates.Pending })
            {
                // A marker left by a crash: its row was settled, or its write never completed.
                if (await outbox.DropStaleAsync(pending, notification, now, cancellationToken).ConfigureAwait(false))
                    LogStaleMarker(logger, pending.Recipient, pending.RowKey);
                continue;
            }
            due.Add(new DueRow(pending, notification));
        }

        // Oldest stage first, so a backlog drains in the order the notifications arose.
        due.Sort((a, b) => a.Notification.ScheduledFor.CompareTo(b.Notification.ScheduledFor));
        return (due, waiting);
    }

    private async Task<bool> RecordFailureAsync(DueRow row, Exception error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = row.Pending.Attempts + 1;
        var message = $"{error.GetType().Name}: {error.Message}";
        if (attempts >= options.Value.MaxAttempts)
        {
            await GiveUpAsync(row, message, now, cancellationToken).ConfigureAwait(false);
            return true;
        }

        await outbox.RecordAttemptAsync(row.Pending, message, now, now + options.Value.RetryDelayAfter(attempts), cancellationToken)
            .ConfigureAwait(false);
        return false;
    }

    private async Task GiveUpAsync(DueRow row, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await outbox.MarkFailedAsync(row.Pending, row.Notification, error, now, cancellationToken).ConfigureAwait(false);
        LogGaveUp(logger, row.Notification.Id, row.Notification.Recipient, row.Pending.Attempts + 1, error);
    }

    private sealed record DueRow(PendingDispatch Pending, Notification Notification);

    private sealed class Tally
    {
        public int Sent { get; set; }

        public int Retrying { get; set; }

        public int Failed { get; set; }

        public int Waiting { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Service Bus is not configured; notifications stay in the outbox")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {Count} notifications failed; they stay pending")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on notification {NotificationId} for {Recipient} after {Attempts} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string notificationId, string recipient, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped the pending marker for {Recipient}/{RowKey}: its row is settled or was never written")]
    private static partial void LogStaleMarker(ILogger logger, string recipient, string rowKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatch: {Sent} sent, {Retrying} to retry, {Failed} failed, {Waiting} waiting for back-off")]
    private static partial void LogDispatched(ILogger logger, int sent, int retrying, int failed, int waiting);
}
