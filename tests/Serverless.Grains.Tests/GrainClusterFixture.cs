using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Serverless.Tracking;
using Serverless.Grains.Hosting;
using Serverless.Grains.Storage;
using Serverless.Testing;
using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>A real Orleans cluster (in process) whose grain state and tables live in a real Azurite.</summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    private AzuriteServer? azurite;

    /// <summary>The product's clock: 20/7/2023 08:00 in Vietnam.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 7, 20, 1, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public TrackingTables Tables { get; private set; } = null!;

    public NotificationOutbox Outbox => new(Tables);

    public TaskIndex TaskIndex => new(Tables);

    public DueIndex DueIndex => new(Tables);

    public AgencyDirectory Agencies { get; } = AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json"));

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        var tableService = new TableServiceClient(azurite.ConnectionString);
        Tables = new TrackingTables(tableService);
        await Tables.EnsureCreatedAsync(CancellationToken.None);

        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddSingleton(tableService);
            host.Services.AddSingleton(new TrackingClock(Time));
            host.Services.AddSingleton(WorkingDays.FromHolidayFile(Path.Combine(AppContext.BaseDirectory, "holidays.json")));
            host.Services.AddTrackingGrainServices(Path.Combine(AppContext.BaseDirectory, "agencies.json"));
        });
        builder.ConfigureSilo((_, silo) => silo.AddTrackingGrainStorage());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
