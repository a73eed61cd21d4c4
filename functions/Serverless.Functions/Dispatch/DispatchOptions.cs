namespace Serverless.Functions.Dispatch;

/// <summary>Tuning of the outbox dispatcher's per-notification retries (section Dispatch).</summary>
public sealed class DispatchOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Dispatch";

    /// <summary>Failed attempts after which a notification is marked failed and left for an operator.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait after the first failed attempt; it doubles with each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Most notifications one run publishes; the rest wait for the next run.</summary>
    public int MaxPerRun { get; set; } = 500;

    /// <summary>The wait after <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan RetryDelayAfter(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = FirstRetryDelay * Math.Pow(2, doublings);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
