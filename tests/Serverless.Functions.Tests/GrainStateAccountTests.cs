using System.Net;
using Azure;
using Azure.Data.Tables;
using Serverless.LocalHost;
using Serverless.Testing;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>
/// The grains' state in an account of its own (Storage__GrainState__ConnectionString): grain state is written there and
/// nowhere else, the rest of the product works as before, and start-up refuses an empty grain-state account while the
/// main account holds grain state. Two Azurites: two accounts.
/// </summary>
public sealed class GrainStateAccountTests : IAsyncLifetime
{
    private const string GrainStateTable = "OrleansGrainState";
    private AzuriteServer grainAccount = null!;
    private LocalHostFixture fixture = null!;

    public async Task InitializeAsync()
    {
        grainAccount = await AzuriteServer.StartAsync();
        fixture = new LocalHostFixture { Customize = s => s.Configuration["Storage:GrainState:ConnectionString"] = grainAccount.ConnectionString };
        await fixture.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await fixture.DisposeAsync();
        await grainAccount.DisposeAsync();
    }

    private static async Task<int> GrainStateRowsAsync(string connectionString)
    {
        try
        {
            var rows = 0;
            await foreach (var _ in new TableServiceClient(connectionString).GetTableClient(GrainStateTable).QueryAsync<TableEntity>(select: ["PartitionKey"]))
                rows++;
            return rows;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
    }

    [Fact]
    public async Task Grain_state_goes_to_its_own_account_and_start_up_refuses_an_empty_one_once_the_main_account_holds_state()
    {
        var id = SampleNotices.NewId();
        Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id))).Status);
        var task = await fixture.Leader.GetAsync($"/api/tasks/{id}.3.1");

        Assert.Equal(HttpStatusCode.OK, task.Status);
        Assert.True(await GrainStateRowsAsync(grainAccount.ConnectionString) > 0);
        Assert.Equal(0, await GrainStateRowsAsync(fixture.ConnectionString));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Anonymous.GetAsync("/api/health/ready")).Status);

        // An instance configured the other way round: its main account holds grain state, its grain-state account none.
        var keyFile = Path.Combine(Path.GetTempPath(), $"serverless-test-key-{Guid.NewGuid():N}.pem");
        var swapped = TestHostSettings.Create(grainAccount.ConnectionString, keyFile);
        swapped.RunTimers = false;
        swapped.Configuration["Storage:GrainState:ConnectionString"] = fixture.ConnectionString;
        await using var app = LocalHostApp.Build(swapped);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());
        Assert.Contains("Storage__GrainState__ConnectionString", refused.Message, StringComparison.Ordinal);
        File.Delete(keyFile);
    }
}
