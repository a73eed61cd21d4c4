using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>Own cluster: restarting the silo must not disturb the other grain tests.</summary>
public sealed class SiloRestartTests : IAsyncLifetime
{
    private readonly GrainClusterFixture fixture = new();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task Task_state_survives_a_silo_restart()
    {
        var definition = TestNotices.Task(new DateOnly(2023, 8, 31));
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        await grain.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, new Actor("u", "agency", "SXD"));

        var silo = fixture.Cluster.GetActiveSilos().Single();
        await fixture.Cluster.StopSiloAsync(silo);
        await fixture.Cluster.StartAdditionalSiloAsync();
        await fixture.Cluster.InitializeClientAsync();

        var task = await fixture.Cluster.Client.GetGrain<IDirectiveTaskGrain>(definition.TaskId).GetAsync();
        Assert.NotNull(task);
        Assert.Equal("Đã khảo sát hiện trạng.", Assert.Single(task.Reports).Text);
        Assert.Equal("Sở Xây dựng", fixture.Agencies.Get(task.Definition.LeadAgency).Name);
        Assert.Equal(new DateOnly(2023, 8, 31), Assert.Single(task.Deadlines).DueDate);
    }
}
