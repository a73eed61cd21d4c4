namespace Serverless.Functions.Delivery;

/// <summary>Tuning of the delivery worker (section Delivery).</summary>
public sealed class DeliveryOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Delivery";

    /// <summary>Broker deliveries of one message after which it is dead-lettered and its open sends given up.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>Tries of one send within one delivery attempt (Polly, exponential back-off with jitter).</summary>
    public int SendAttempts { get; set; } = 3;

    /// <summary>Wait after the first failed send; it doubles with each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a webhook may take to answer before the call counts as timed out (and is retried).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The link to a task in emails and webhook events, the web app's task page; "{taskId}" is replaced (setting
    /// Delivery__TaskUrlTemplate).
    /// </summary>
    public string TaskUrlTemplate { get; set; } = "http://127.0.0.1:7071/api/app/#/task/{taskId}";

    /// <summary>A JSON file of contacts loaded for agencies that have none yet (local runs; setting Delivery__ContactsSeedFile).</summary>
    public string? ContactsSeedFile { get; set; }

    /// <summary>Messages the Service Bus worker handles at once.</summary>
    public int MaxConcurrentCalls { get; set; } = 16;

    /// <summary>Messages the Service Bus worker fetches ahead of handling.</summary>
    public int PrefetchCount { get; set; } = 32;

    /// <summary>How long the Service Bus worker keeps renewing a message's lock while handling it.</summary>
    public TimeSpan MaxAutoLockRenewalDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an agency's contacts are kept in memory between reads of the table.</summary>
    public TimeSpan ContactsCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a task read for emails and webhook events is kept in memory (zero: read every time).</summary>
    public TimeSpan TaskCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The link to a task.</summary>
    public string TaskUrl(string taskId) => TaskUrlTemplate.Replace("{taskId}", Uri.EscapeDataString(taskId), StringComparison.Ordinal);
}
