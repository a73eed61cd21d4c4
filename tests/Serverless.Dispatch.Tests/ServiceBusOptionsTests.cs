using Serverless.Functions.Dispatch;
using Xunit;

namespace Serverless.Dispatch.Tests;

/// <summary>Start-up checks of the Service Bus settings; the messages name the settings to fix.</summary>
public sealed class ServiceBusOptionsTests
{
    private readonly ServiceBusOptionsValidator validator = new();

    [Fact]
    public void No_settings_means_dispatch_is_off_and_that_is_valid()
    {
        var options = new ServiceBusOptions();

        Assert.False(options.IsConfigured);
        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_namespace_and_a_connection_string_together_are_refused_naming_both_settings()
    {
        var result = validator.Validate(null, new ServiceBusOptions { FullyQualifiedNamespace = "ns.servicebus.windows.net", ConnectionString = "Endpoint=sb://x" });

        Assert.True(result.Failed);
        Assert.Contains("ServiceBus__FullyQualifiedNamespace", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("ServiceBus__ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_given_as_a_url_is_refused()
    {
        var result = validator.Validate(null, new ServiceBusOptions { FullyQualifiedNamespace = "https://ns.servicebus.windows.net/" });

        Assert.True(result.Failed);
        Assert.Contains("host name", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_topic_defaults_to_the_topology_topic()
    {
        Assert.Equal(NotificationTopology.TopicName, new ServiceBusOptions().TopicName);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(20, 120)]
    public void Back_off_doubles_from_the_first_delay_up_to_the_maximum(int attempts, int expectedMinutes)
    {
        var options = new DispatchOptions { FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromHours(2) };

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), options.RetryDelayAfter(attempts));
    }
}
