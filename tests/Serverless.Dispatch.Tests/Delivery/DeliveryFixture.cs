using Serverless.Testing;
using Xunit;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>One real Azurite for the delivery tests (each test starts its own host, SMTP server and broker on it).</summary>
public sealed class DeliveryFixture : IAsyncLifetime
{
    private AzuriteServer? azurite;

    public string ConnectionString => azurite!.ConnectionString;

    public async Task InitializeAsync() => azurite = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
