using Xunit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serverless.Functions.Auth;
using Serverless.Functions.Dispatch;
using Serverless.Functions.Http;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Dispatch.Tests;

/// <summary>
/// The dispatcher as the app registers it (AddNotificationDispatch on configuration settings), on the shared Azurite,
/// with a fake clock, SDK retries kept short, and the operator endpoints' code.
/// </summary>
public sealed class DispatchHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly string keyFile = Path.Combine(Path.GetTempPath(), $"dispatch-test-key-{Guid.NewGuid():N}.pem");
    private readonly string operatorToken;

    /// <param name="fixture">The shared Azurite.</param>
    /// <param name="serviceBusConnectionString">Null for "Service Bus not configured".</param>
    /// <param name="maxAttempts">Attempts before a row is marked failed.</param>
    public DispatchHarness(OutboxFixture fixture, string? serviceBusConnectionString, int maxAttempts = 10)
    {
        operatorToken = DevelopmentTokens.Mint(DevelopmentSigningKey.LoadOrCreate(keyFile), AuthOptions.DevelopmentAudience,
            Roles.Operator, null, "test-operator", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        ArgumentNullException.ThrowIfNull(fixture);
        var settings = new Dictionary<string, string?>
        {
            ["ServiceBus:TopicName"] = NotificationTopology.TopicName,
            ["ServiceBus:TryTimeout"] = "00:00:03",
            ["ServiceBus:MaxRetries"] = "1",
            ["ServiceBus:RetryDelay"] = "00:00:00.100",
            ["Dispatch:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dispatch:FirstRetryDelay"] = "00:01:00",
        };
        if (serviceBusConnectionString is not null) settings["ServiceBus:ConnectionString"] = serviceBusConnectionString;

        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        collection.AddLogging();
        collection.AddSingleton(new TrackingClock(Time));
        collection.AddSingleton(fixture.Tables);
        collection.AddSingleton(fixture.TableService);
        collection.AddSingleton<TaskIndex>();
        collection.AddSingleton<NotificationOutbox>();
        collection.AddSingleton<OperationsFunctions>();
        // The operator endpoints run behind the same gate as in the app: a development key and an operator token.
        collection.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Development" });
        collection.AddOptions<AuthOptions>().Configure(o => o.DevelopmentKeyFile = keyFile);
        collection.AddSingleton(AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json")));
        collection.AddSingleton<TokenValidator>();
        collection.AddSingleton<ApiGate>();
        collection.AddNotificationDispatch();
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The product's clock: 27/9/2023 09:00 in Vietnam.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 9, 27, 2, 0, 0, TimeSpan.Zero));

    public OutboxDispatcher Dispatcher => services.GetRequiredService<OutboxDispatcher>();

    public NotificationOutbox Outbox => services.GetRequiredService<NotificationOutbox>();

    public Serverless.Functions.Delivery.DeliveryLedger Ledger => services.GetRequiredService<Serverless.Functions.Delivery.DeliveryLedger>();

    public OperationsFunctions Operations => services.GetRequiredService<OperationsFunctions>();

    /// <summary>Runs one dispatch pass.</summary>
    public Task<DispatchResult> DispatchAsync() => Dispatcher.DispatchAsync(CancellationToken.None);

    /// <summary>The row as the agency's inbox shows it.</summary>
    public async Task<Notification> RowAsync(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var page = await Outbox.ListForRecipientAsync(notification.Recipient, null, 200);
        return Assert.Single(page.Items, n => n.Id == notification.Id);
    }

    /// <summary>Every pending marker.</summary>
    public async Task<List<PendingDispatch>> PendingAsync()
    {
        var pending = new List<PendingDispatch>();
        await foreach (var marker in Outbox.ListPendingAsync()) pending.Add(marker);
        return pending;
    }

    /// <summary>Calls the failed-notifications endpoint and returns its status and body.</summary>
    public async Task<(int Status, string Body)> ListFailedThroughEndpointAsync() =>
        Read(await Operations.ListFailedAsync(OperatorRequest(), CancellationToken.None));

    /// <summary>Calls the redispatch endpoint and returns its status and body.</summary>
    public async Task<(int Status, string Body)> RedispatchThroughEndpointAsync(string recipient, string notificationId) =>
        Read(await Operations.RedispatchAsync(OperatorRequest(), recipient, notificationId, CancellationToken.None));

    public ValueTask DisposeAsync()
    {
        File.Delete(keyFile);
        return services.DisposeAsync();
    }

    private HttpRequest OperatorRequest()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = $"Bearer {operatorToken}";
        return context.Request;
    }

    private static (int Status, string Body) Read(IActionResult result)
    {
        var content = Assert.IsType<ContentResult>(result);
        return (content.StatusCode ?? 200, content.Content ?? "");
    }
}
