using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Serverless.Functions.Hosting;
using Serverless.LocalHost;
using Xunit;

namespace Serverless.Functions.Tests;

public sealed class HostingConfigurationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void On_App_Service_the_silo_listens_on_the_private_ip_and_ports_named_after_the_instance()
    {
        var endpoint = SiloEndpoint.Resolve(Configuration(
            ("WEBSITE_PRIVATE_IP", "10.0.1.4"), ("WEBSITE_PRIVATE_PORTS", "20001,20002"), ("WEBSITE_INSTANCE_ID", "abc123")),
            new OrleansClusterOptions());

        Assert.Equal(IPAddress.Parse("10.0.1.4"), endpoint.Address);
        Assert.Equal(20001, endpoint.SiloPort);
        Assert.Equal(20002, endpoint.GatewayPort);
        Assert.Equal("abc123", endpoint.SiloName);
    }

    [Fact]
    public void Locally_the_silo_falls_back_to_loopback_and_the_configured_ports()
    {
        var endpoint = SiloEndpoint.Resolve(Configuration(), new OrleansClusterOptions { SiloPort = 11111, GatewayPort = 30000 });

        Assert.Equal(IPAddress.Loopback, endpoint.Address);
        Assert.Equal(11111, endpoint.SiloPort);
        Assert.Equal(30000, endpoint.GatewayPort);
    }

    [Theory]
    [InlineData("Orleans:ClusterId", "", "Orleans__ClusterId")]
    [InlineData("Orleans:CollectionAge", "00:00:10", "Orleans__CollectionAge")]
    public void A_missing_or_out_of_range_silo_setting_stops_start_up_naming_the_setting(string key, string value, string setting)
    {
        var settings = new LocalHostSettings { RunTimers = false };
        settings.Configuration[key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => LocalHostApp.Build(settings));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("UseDevelopmentStorage=true", "https://acct.table.core.windows.net")]
    public void Storage_needs_exactly_one_of_its_two_settings(string? connectionString, string? uri)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions
        {
            ConnectionString = connectionString,
            TableServiceUri = uri is null ? null : new Uri(uri),
        });

        Assert.True(result.Failed);
        Assert.Contains("Storage__TableServiceUri", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Storage__ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", "https://grains.table.core.windows.net", "Storage__GrainState__ConnectionString")]
    [InlineData(null, "http://grains.table.core.windows.net", "Storage__GrainState__TableServiceUri")]
    public void The_grains_own_account_takes_at_most_one_https_setting(string? connectionString, string? uri, string named)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions
        {
            ConnectionString = "UseDevelopmentStorage=true",
            GrainState = new GrainStateAccountOptions { ConnectionString = connectionString, TableServiceUri = uri is null ? null : new Uri(uri) },
        });

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage, StringComparison.Ordinal);
    }
}
