using Microsoft.Extensions.Hosting;
using Serverless.Tracking;


namespace Serverless.Functions.Agencies;

/// <summary>
/// At start: seeds the directory table from the shipped agencies.json on a new deployment and loads the office's
/// directory; then re-reads its version every <see cref="RefreshInterval"/> so that changes made on another instance
/// reach this one. The refresh runs on real time, like the host's own timers, not on the product's clock.
/// </summary>
public sealed class DirectoryInitializer(AgencyDirectoryService service, AgencyDirectoryFile seed) : BackgroundService
{
    /// <summary>How often an instance looks for changes made elsewhere (a change made here applies at once).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the host takes requests: a draft must never read the seed while the office's directory differs.
        await service.InitializeAsync(seed, cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await service.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Azure.RequestFailedException)
            {
                // Storage briefly unreachable: keep the directory in memory and look again at the next tick.
            }
        }
    }
}
