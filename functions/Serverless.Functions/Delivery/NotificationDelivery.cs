using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Serverless.Functions.Dispatch;
using Serverless.Grains;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Delivery;

/// <summary>
/// The one delivery code path, whatever brought the notification (the Service Bus worker, or the dispatcher
/// in-process when there is no Service Bus): each copy the agency's contacts ask for is claimed in the ledger,
/// sent with retries (Polly, exponential back-off with jitter), and recorded. A copy refused for good is listed for
/// operators and noted in the task's history; copies still failing after the retries make the whole delivery throw
/// <see cref="DeliveryIncompleteException"/>, so the transport brings the notification back later.
/// </summary>
public sealed partial class NotificationDelivery
{
    private readonly ContactsCache contacts;
    private readonly DeliveryLedger ledger;
    private readonly TaskCache tasks;
    private readonly Dictionary<string, IDeliveryChannel> channels;
    private readonly DeliveryHistory history;
    private readonly TrackingClock clock;
    private readonly ILogger<NotificationDelivery> logger;
    private readonly ResiliencePipeline retry;

    /// <summary>Wires the channels and the retry pipeline.</summary>
    public NotificationDelivery(ContactsCache contacts, DeliveryLedger ledger, TaskCache tasks, IEnumerable<IDeliveryChannel> channels,
        DeliveryHistory history, TrackingClock clock, IOptions<DeliveryOptions> options, ILogger<NotificationDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.contacts = contacts;
        this.ledger = ledger;
        this.tasks = tasks;
        this.channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        this.history = history;
        this.clock = clock;
        this.logger = logger;
        var settings = options.Value;
        retry = settings.SendAttempts <= 1
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder
            {
                // Waits between tries are real elapsed time, not the product's (possibly moved) business clock.
                TimeProvider = TimeProvider.System,
            }.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TransientDeliveryException>(),
                MaxRetryAttempts = settings.SendAttempts - 1,
                Delay = settings.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            }).Build();
    }

    /// <summary>Delivers every copy not yet delivered.</summary>
    public async Task<DeliveryReport> DeliverAsync(NotificationMessageBody notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var agency = await contacts.GetAsync(notification.Recipient, cancellationToken).ConfigureAwait(false);
        var targets = TargetsFor(agency, notification.Level);
        if (targets.Count == 0)
        {
            LogNoContacts(logger, notification.Id, notification.Recipient, notification.Level);
            await ledger.MarkFailedAsync(notification, new DeliveryTarget(DeliveryChannels.None, ""),
                $"Cơ quan {notification.Recipient} chưa có người nhận thông báo cấp {notification.Level}.", clock.Now, cancellationToken).ConfigureAwait(false);
            return new DeliveryReport(0, 0, 0, true);
        }

        // Emails and webhook events both carry the task's number and content. It is read once a copy is claimed: a
        // redelivered message whose copies are all settled costs the ledger's answers only.
        TaskIndexEntry? task = null;
        var taskRead = false;
        int sent = 0, done = 0, refused = 0;
        var failures = new List<string>();
        foreach (var target in targets)
        {
            if (await ledger.ClaimAsync(notification, target, clock.Now, cancellationToken).ConfigureAwait(false) == LedgerClaim.Settled)
            {
                done++;
                continue;
            }

            if (!taskRead)
            {
                task = await tasks.GetAsync(notification.TaskId, cancellationToken).ConfigureAwait(false);
                taskRead = true;
            }

            var channel = channels[target.Channel];
            try
            {
                var answer = await retry.ExecuteAsync(
                    async token => await channel.SendAsync(notification, target, task, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                await ledger.MarkDeliveredAsync(notification, target, answer, clock.Now, cancellationToken).ConfigureAwait(false);
                sent++;
            }
            catch (PermanentDeliveryException e)
            {
                refused++;
                LogRefused(logger, e, notification.Id, target.Channel, target.Address);
                await ledger.MarkFailedAsync(notification, target, e.Message, clock.Now, cancellationToken).ConfigureAwait(false);
                await history.RecordAsync(notification, target, e.Message, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientDeliveryException e)
            {
                LogRetryLater(logger, e, notification.Id, target.Channel, target.Address);
                await ledger.MarkRetryingAsync(notification, target, e.Message, clock.Now, cancellationToken).ConfigureAwait(false);
                failures.Add($"{target.Channel} {target.Address}: {e.Message}");
            }
        }

        if (failures.Count > 0)
            throw new DeliveryIncompleteException($"{failures.Count} of {targets.Count} copies of {notification.Id} not sent yet: " + string.Join(" | ", failures));
        return new DeliveryReport(sent, done, refused, false);
    }

    /// <summary>
    /// The transport stops trying: every copy still open is marked failed, listed for operators and noted in the
    /// task's history.
    /// </summary>
    public async Task GiveUpAsync(NotificationMessageBody notification, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        foreach (var target in await ledger.ListOpenAsync(notification.Id, cancellationToken).ConfigureAwait(false))
        {
            await ledger.MarkFailedAsync(notification, target, reason, clock.Now, cancellationToken).ConfigureAwait(false);
            await history.RecordAsync(notification, target, reason, cancellationToken).ConfigureAwait(false);
        }
        LogGaveUp(logger, notification.Id, reason);
    }

    /// <summary>The copies an agency's contacts ask for at a ladder level: each matching email, and the webhook.</summary>
    public static IReadOnlyList<DeliveryTarget> TargetsFor(AgencyContacts? agency, int level)
    {
        if (agency is null) return [];
        var targets = agency.Contacts.Where(c => c.Levels.Contains(level))
            .Select(c => new DeliveryTarget(DeliveryChannels.Email, c.Email, c.Name)).ToList();
        if (agency.Webhook is { } webhook) targets.Add(new DeliveryTarget(DeliveryChannels.Webhook, webhook.Url.AbsoluteUri));
        return targets;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} for {Recipient} (level {Level}) has nobody to go to")]
    private static partial void LogNoContacts(ILogger logger, string notificationId, string recipient, int level);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {NotificationId} over {Channel} to {Address} was refused for good")]
    private static partial void LogRefused(ILogger logger, Exception exception, string notificationId, string channel, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} over {Channel} to {Address} failed; it will be tried again")]
    private static partial void LogRetryLater(ILogger logger, Exception exception, string notificationId, string channel, string address);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up delivering notification {NotificationId}: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string notificationId, string reason);
}
