using Serverless.Functions.Hosting;

namespace Serverless.Functions.Dispatch;

/// <summary>
/// Where notifications are published. With neither <see cref="FullyQualifiedNamespace"/> nor
/// <see cref="ConnectionString"/> set, dispatch is off and the outbox stays the agencies' inbox over HTTP.
/// </summary>
public sealed class ServiceBusOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "ServiceBus";

    /// <summary>Namespace host name, reached with managed identity in Azure (setting ServiceBus__FullyQualifiedNamespace).</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>Connection string, for local runs and tests only (setting ServiceBus__ConnectionString).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Topic the notifications go to (setting ServiceBus__TopicName).</summary>
    public string TopicName { get; set; } = NotificationTopology.TopicName;

    /// <summary>How long one try of a broker operation may take before the SDK retries it.</summary>
    public TimeSpan TryTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the SDK retries one broker operation within a dispatch run.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First delay of the SDK's exponential retry back-off.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>True when either way of reaching a namespace is configured.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(FullyQualifiedNamespace) || !string.IsNullOrWhiteSpace(ConnectionString);

    internal static string SettingNames => $"{AppSettingNames.ServiceBusNamespace} or {AppSettingNames.ServiceBusConnectionString}";
}
