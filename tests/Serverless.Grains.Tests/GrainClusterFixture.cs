using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Storage;
using Orleans.TestingHost;
using Serverless.Grains.Grains;
using Serverless.Tracking;
using Serverless.Grains.Hosting;
using Serverless.Grains.Storage;
using Serverless.Testing;
using Serverless.Grains.Tests.Faults;
using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>A real Orleans cluster (in process) whose grain state and tables live in a real Azurite.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    private const string InnerStorageName = "tracking-azure-table";
    private readonly int silos;
    private AzuriteServer? azurite;

    /// <summary>One silo, as most tests need.</summary>
    public GrainClusterFixture() : this(1)
    {
    }

    /// <summary>A cluster of <paramref name="silos"/> silos (not public: xUnit wants one public constructor).</summary>
    internal GrainClusterFixture(int silos) => this.silos = silos;

    /// <summary>The product's clock: 20/7/2023 08:00 in Vietnam.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 7, 20, 1, 0, 0, TimeSpan.Zero));

    /// <summary>Switches the grains' storage off and on (it stays on unless a test starts an outage).</summary>
    public StorageOutage Outage { get; } = new();

    /// <summary>Throws away the answer of a grain-state write that landed, when a test arms it.</summary>
    public LostAnswers LostAnswers { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public TrackingTables Tables { get; private set; } = null!;

    /// <summary>The connection string of this fixture's Azurite, for tests that need their own storage client.</summary>
    public string ConnectionString => azurite!.ConnectionString;

    public NotificationOutbox Outbox => new(Tables);

    public TaskIndex TaskIndex => new(Tables);

    public DueIndex DueIndex => new(Tables);

    /// <summary>Every grain goes, so the next call reads its state from storage.</summary>
    public Task DeactivateAllAsync() => Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    /// <summary>The task as storage holds it: every grain deactivated first.</summary>
    public async Task<TaskSnapshot?> StoredTaskAsync(string taskId)
    {
        await DeactivateAllAsync();
        return await Grains.GetGrain<IDirectiveTaskGrain>(taskId).GetAsync();
    }

    /// <summary>
    /// A check at <paramref name="at"/> sends the first reminder of the task's deadline, a second check sends nothing,
    /// storage remembers the stage once and the lead agency's inbox holds one notification of the task.
    /// </summary>
    public async Task AssertFirstReminderSentOnceAsync(IDeadlineGrain deadline, string taskId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        Assert.Equal("remind-7d", (await deadline.CheckAsync(at)).NotifiedStage);
        Assert.Null((await deadline.CheckAsync(at)).NotifiedStage);
        await DeactivateAllAsync();
        Assert.Equal(["remind-7d"], (await deadline.GetAsync())!.StagesSent);
        var inbox = await Outbox.ListForRecipientAsync("SXD", null, 200);
        Assert.Single(inbox.Items, n => n.TaskId == taskId);
    }

    /// <summary>Every notification in <paramref name="recipient"/>'s inbox, all pages read.</summary>
    public async Task<List<Notification>> InboxAsync(string recipient)
    {
        var all = new List<Notification>();
        string? token = null;
        do
        {
            var page = await Outbox.ListForRecipientAsync(recipient, token, 500);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    public AgencyDirectory Agencies { get; } = AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json"));

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        // The grains' transactions go through the same body buffering as in the Function App.
        var options = new TableClientOptions();
        options.AddPolicy(new BatchBodyBuffering(), Azure.Core.HttpPipelinePosition.PerCall);
        options.AddPolicy(LostAnswers, Azure.Core.HttpPipelinePosition.PerRetry);
        var tableService = new TableServiceClient(azurite.ConnectionString, options);
        Tables = new TrackingTables(tableService);
        await Tables.EnsureCreatedAsync(CancellationToken.None);

        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddSingleton(tableService);
            host.Services.AddSingleton(new TrackingClock(Time));
            host.Services.AddSingleton(WorkingDays.FromHolidayFile(Path.Combine(AppContext.BaseDirectory, "holidays.json")));
            host.Services.AddTrackingGrainServices(Path.Combine(AppContext.BaseDirectory, "agencies.json"));
        });
        builder.ConfigureSilo((_, silo) =>
        {
            // The real table storage under another name, and the name the grains use on a switch in front of it.
            silo.AddTrackingGrainStorage(InnerStorageName);
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Tracking, (services, _) =>
                new SwitchableGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(InnerStorageName), Outage));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
