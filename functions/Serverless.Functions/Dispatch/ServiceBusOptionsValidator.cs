using Microsoft.Extensions.Options;
using Serverless.Functions.Hosting;

namespace Serverless.Functions.Dispatch;

/// <summary>At most one way of reaching Service Bus, a bare host name for the namespace, and a topic.</summary>
public sealed class ServiceBusOptionsValidator : IValidateOptions<ServiceBusOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ServiceBusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasNamespace = !string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace);
        if (hasNamespace && !string.IsNullOrWhiteSpace(options.ConnectionString))
            failures.Add($"Set only one of {ServiceBusOptions.SettingNames}.");
        if (hasNamespace && Uri.CheckHostName(options.FullyQualifiedNamespace) != UriHostNameType.Dns)
            failures.Add($"{AppSettingNames.ServiceBusNamespace} must be a host name such as ns.servicebus.windows.net, without scheme or path.");
        if (string.IsNullOrWhiteSpace(options.TopicName))
            failures.Add($"{AppSettingNames.ServiceBusTopicName} must not be empty.");
        if (options.TryTimeout <= TimeSpan.Zero)
            failures.Add("ServiceBus__TryTimeout must be positive.");
        if (options.MaxRetries < 0)
            failures.Add("ServiceBus__MaxRetries must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
