using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serverless.Tracking;
using Serverless.Grains.Hosting;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Hosting;

/// <summary>
/// Checks the grains' account, creates the app's tables and the sweep's first watermark before the silo starts taking calls.
/// </summary>
public sealed class StorageInitializer(TrackingTables tables, DueIndex dueIndex, TaskIndex taskIndex, AgencyDirectory agencies, TrackingClock clock,
    TableServiceClient main, [FromKeyedServices(TrackingGrainsRegistration.GrainStateClientKey)] TableServiceClient grainState)
    : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await GrainStateAccountGuard.CheckAsync(main, grainState, cancellationToken).ConfigureAwait(false);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        // Every due-index row is written no earlier than "now" at the time of writing, so "now" at first start is a
        // safe place for the first sweep to begin (each stripe's, too).
        await dueIndex.InitializeWatermarksAsync(clock.Now, cancellationToken).ConfigureAwait(false);
        // A store from before the global and notice views had tables of their own: move their rows once.
        await new TaskViewTablesMove(tables).RunAsync(cancellationToken).ConfigureAwait(false);
        // A store from before the failed notifications had a table of their own: move their markers once.
        await new FailedNotificationsMove(tables).RunAsync(cancellationToken).ConfigureAwait(false);
        // A store from before the statistics read the counters' copies: copy them once.
        await taskIndex.CopyCountersIfNoneAsync(agencies.All.Select(a => a.Code), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
