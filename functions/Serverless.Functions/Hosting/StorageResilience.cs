using Azure.Core;
using Azure.Data.Tables;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Hosting;

/// <summary>
/// How long the process waits for Table Storage before it gives up, and how long it asks callers to wait before they
/// try again. The SDK's defaults (3 retries from 0.8 s, exponential) held every call about 6 s during an outage;
/// these bound a storage call at about 0.6 s when storage refuses connections (3 tries: 0.2 s + 0.4 s of back-off)
/// and at about 30 s when it accepts connections but does not answer (3 tries of 10 s each plus the back-off; the
/// readiness probe gives up after 5 s, so a load balancer drains the instance long before). The network timeout is
/// not shorter on purpose: a try that times out may still have landed, and its retry then meets its own write (a 2 s
/// timeout did that on a loaded machine); the grains recover from it, but it must stay rare.
/// </summary>
public static class StorageResilience
{
    /// <summary>Retries after the first try.</summary>
    public const int MaxRetries = 2;

    /// <summary>First back-off; doubles per retry.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest back-off.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>How long one try may wait for the network.</summary>
    public static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(10);

    /// <summary>What a 503 tells the caller to wait (Retry-After), in seconds.</summary>
    public const int RetryAfterSeconds = 15;

    /// <summary>The options of the shared <see cref="TableServiceClient"/>.</summary>
    public static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        // Once per call, before the retries: a transaction's body is written once and each try sends those bytes.
        options.AddPolicy(new BatchBodyBuffering(), HttpPipelinePosition.PerCall);
        return options;
    }
}
