using Serverless.Testing.Delivery.Broker;
using Serverless.Testing.Delivery;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serverless.Functions.Auth;
using Serverless.Functions.Delivery;
using Serverless.Functions.Dispatch;
using Serverless.Grains;
using Serverless.Grains.Storage;
using Serverless.LocalHost;
using Serverless.Testing;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>
/// The product as it runs: LocalHost in process (silo, tables on Azurite, the dispatcher, the delivery worker when a
/// broker is given), emails to a <see cref="TestSmtpServer"/>, a fake clock at 27/9/2023 09:00 in Vietnam.
/// </summary>
public sealed class DeliveryHost : IAsyncDisposable
{
    private readonly string keyFile;

    private DeliveryHost(WebApplication app, string baseUrl, FakeTimeProvider time, string keyFile)
    {
        this.keyFile = keyFile;
        App = app;
        BaseUrl = baseUrl;
        Time = time;
    }

    public WebApplication App { get; }

    public string BaseUrl { get; }

    public FakeTimeProvider Time { get; }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Starts a host on the shared Azurite.</summary>
    /// <param name="storage">Azurite connection string.</param>
    /// <param name="smtp">Where emails go.</param>
    /// <param name="broker">The AMQP test peer, or null for "no Service Bus" (in-process delivery).</param>
    /// <param name="settings">Further settings (configuration keys with ':').</param>
    public static async Task<DeliveryHost> StartAsync(string storage, TestSmtpServer smtp, TestBroker? broker = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        var time = new FakeTimeProvider(new DateTimeOffset(2023, 9, 27, 2, 0, 0, TimeSpan.Zero));
        var local = new LocalHostSettings { Urls = $"http://127.0.0.1:{FreePort.Next()}", Time = time, RunTimers = false };
        var c = local.Configuration;
        c["Storage:ConnectionString"] = storage;
        c["Orleans:ClusterId"] = $"test-{Guid.NewGuid():N}";
        c["Orleans:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        c["Orleans:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        c["Smtp:Host"] = "127.0.0.1";
        c["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        c["Smtp:Security"] = "None";
        c["Smtp:FromAddress"] = "nhacviec@ubnd.test.gov.vn";
        c["Smtp:PoolSize"] = "4";
        c["Delivery:FirstRetryDelay"] = "00:00:00.020";
        c["Delivery:TaskUrlTemplate"] = "https://theodoi.test.gov.vn/api/app/#/task/{taskId}";
        c["Delivery:ContactsSeedFile"] = "";
        c["Delivery:MaxAutoLockRenewalDuration"] = "00:00:00";
        if (broker is not null)
        {
            c["ServiceBus:ConnectionString"] = broker.ConnectionString;
            c["ServiceBus:TryTimeout"] = "00:00:05";
            c["ServiceBus:MaxRetries"] = "2";
            c["ServiceBus:RetryDelay"] = "00:00:00.100";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) c[key] = value;

        var keyFile = Path.Combine(Path.GetTempPath(), $"delivery-test-key-{Guid.NewGuid():N}.pem");
        c["Auth:DevelopmentKeyFile"] = keyFile;
        var app = LocalHostApp.Build(local);
        await app.StartAsync();
        return new DeliveryHost(app, local.Urls, time, keyFile);
    }

    /// <summary>Creates a task through its grain (history, read model) led by <paramref name="agency"/>, due 30/9/2023.</summary>
    public async Task<string> CreateTaskAsync(string agency = "SXD")
    {
        var noticeId = $"tb{Guid.NewGuid():N}"[..20];
        var taskId = $"{noticeId}.1.1";
        await Get<IGrainFactory>().GetGrain<IDirectiveTaskGrain>(taskId).CreateAsync(
            new TaskDefinition(taskId, noticeId, "125/TB-UBND", 1, "Rà soát quy hoạch chung đô thị và báo cáo Ủy ban nhân dân tỉnh.", agency, [],
                [new DateOnly(2023, 9, 30)]), Actor.System);
        return taskId;
    }

    /// <summary>Writes a notification of the task to the outbox, as its deadline grain does.</summary>
    public async Task<Notification> AddNotificationAsync(string taskId, string recipient = "SXD", int level = 0)
    {
        var stage = level == 0 ? "nhac-truoc-3-ngay" : $"qua-han-muc-{level}";
        var notification = new Notification($"{taskId}.d1.{stage}", recipient, level == 0 ? "reminder" : "escalation", level, stage, taskId,
            new DateOnly(2023, 9, level == 0 ? 30 : 15), Time.GetUtcNow(), Time.GetUtcNow(),
            level == 0 ? "Nhắc việc: còn 3 ngày đến hạn hoàn thành nhiệm vụ số 1." : "Quá hạn: nhiệm vụ số 1 đã quá hạn 12 ngày.",
            DispatchStates.Pending);
        if (!await Get<NotificationOutbox>().AddAsync(notification)) throw new InvalidOperationException("Notification already in the outbox.");
        return notification;
    }

    /// <summary>Stores an agency's contacts as the office would.</summary>
    public Task SetContactsAsync(string agency, params AgencyContact[] contacts) =>
        SetContactsAsync(new AgencyContacts(agency, contacts, null));

    public async Task SetContactsAsync(AgencyContacts contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        await Get<AgencyContactsStore>().PutAsync(contacts, "test-office", "office", Time.GetUtcNow());
        Get<ContactsCache>().Invalidate(contacts.AgencyCode);
    }

    /// <summary>Empties the outbox so the dispatcher sees only this test's rows.</summary>
    public async Task ClearOutboxAsync()
    {
        var outbox = Get<TrackingTables>().Outbox;
        await foreach (var entity in outbox.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            await outbox.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All);
    }

    public Task<DispatchResult> DispatchAsync() => Get<OutboxDispatcher>().DispatchAsync(CancellationToken.None);

    /// <summary>An HTTP client with a development token for a role.</summary>
    public HttpClient Client(string role, string? agency = null)
    {
        var token = DevelopmentTokens.Mint(DevelopmentSigningKey.LoadOrCreate(keyFile), AuthOptions.DevelopmentAudience, role, agency,
            $"test-{role}", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        File.Delete(keyFile);
    }
}
