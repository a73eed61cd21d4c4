using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Functions.Delivery;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Dispatch;

/// <summary>
/// Publishes pending outbox rows to the notifications topic and marks them sent only once the broker has accepted
/// them. A failed attempt is recorded on the row's marker with the time of the next one (exponential back-off);
/// after <see cref="DispatchOptions.MaxAttempts"/> the row is marked failed for an operator, never dropped. A row
/// may reach the broker twice (sent, then the process dies before marking it); the message id is the notification
/// id, so the topic's duplicate detection keeps one. Without Service Bus, each due row is handed to
/// <see cref="NotificationDelivery"/> in-process instead: the same channels, ledger and retries, only the transport
/// differs (a failed delivery stays pending with the same back-off; giving up also gives up its open copies).
/// </summary>
public sealed partial class OutboxDispatcher(
    NotificationOutbox outbox,
    NotificationTopicClient topic,
    NotificationDelivery delivery,
    TrackingClock clock,
    IOptions<DispatchOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Runs one dispatch pass: to Service Bus when configured, else to the delivery code in-process.</summary>
    public async Task<DispatchResult> DispatchAsync(CancellationToken cancellationToken)
    {
        if (topic.Sender is not { } sender) return await DeliverInProcessAsync(cancellationToken).ConfigureAwait(false);

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

    private async Task<DispatchResult> DeliverInProcessAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var (due, waiting) = await ReadDueAsync(now, cancellationToken).ConfigureAwait(false);
        var tally = new Tally { Waiting = waiting };
        foreach (var row in due)
        {
            var body = TopicMessages.BodyOf(row.Notification);
            try
            {
                await delivery.DeliverAsync(body, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever failed, the row stays in the outbox and is retried.
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                LogDeliveryFailed(logger, e, row.Notification.Id);
                if (await RecordFailureAsync(row, e, now, cancellationToken).ConfigureAwait(false))
                {
                    await delivery.GiveUpAsync(body, $"Bỏ cuộc sau {row.Pending.Attempts + 1} lần thử: {e.Message}", cancellationToken).ConfigureAwait(false);
                    tally.Failed++;
                }
                else
                {
                    tally.Retrying++;
                }
                continue;
            }

            await outbox.MarkSentAsync(row.Pending, clock.Now, cancellationToken).ConfigureAwait(false);
            tally.Sent++;
        }

        var result = new DispatchResult(false, tally.Sent, tally.Retrying, tally.Failed, tally.Waiting);
        LogDelivered(logger, result.Sent, result.Retrying, result.Failed, result.Waiting);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering notification {NotificationId} in-process failed; it stays pending")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string notificationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "In-process delivery: {Sent} delivered, {Retrying} to retry, {Failed} failed, {Waiting} waiting for back-off")]
    private static partial void LogDelivered(ILogger logger, int sent, int retrying, int failed, int waiting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {Count} notifications failed; they stay pending")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on notification {NotificationId} for {Recipient} after {Attempts} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string notificationId, string recipient, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped the pending marker for {Recipient}/{RowKey}: its row is settled or was never written")]
    private static partial void LogStaleMarker(ILogger logger, string recipient, string rowKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dispatch: {Sent} sent, {Retrying} to retry, {Failed} failed, {Waiting} waiting for back-off")]
    private static partial void LogDispatched(ILogger logger, int sent, int retrying, int failed, int waiting);
}
