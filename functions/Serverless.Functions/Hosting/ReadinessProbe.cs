using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Hosting;

/// <summary>
/// Whether this instance can serve traffic: Table Storage answers a point read (in the grains' own account too, when
/// they have one), and the co-hosted silo is active.
/// A load balancer that probes it stops sending requests during a storage outage instead of collecting 503s.
/// </summary>
public sealed class ReadinessProbe(TrackingTables tables, IServiceProvider services)
{
    // The grains' own account, when they have one (else the main client itself): it must answer too.
    private readonly TableServiceClient? grainState = services.GetKeyedService<TableServiceClient>(Grains.Hosting.TrackingGrainsRegistration.GrainStateClientKey) is { } client &&
        !ReferenceEquals(client, services.GetService<TableServiceClient>()) ? client : null;

    /// <summary>How long the storage read may take before the instance counts as not ready.</summary>
    public static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Checks storage and the silo.</summary>
    public async Task<Readiness> CheckAsync(CancellationToken cancellationToken)
    {
        var storage = await StorageReachableAsync(cancellationToken).ConfigureAwait(false);
        // Null when the functions run as a client of a separate cluster: then there is no local silo to wait for.
        var silo = services.GetService<ISiloStatusOracle>()?.CurrentStatus;
        return new Readiness(storage, silo is null || silo == SiloStatus.Active, silo?.ToString() ?? "client");
    }

    private async Task<bool> StorageReachableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StorageTimeout);
        try
        {
            // Any point read proves the account answers; a missing row is an answer too.
            await tables.Checkpoints.GetEntityIfExistsAsync<TableEntity>("readiness", "probe", cancellationToken: timeout.Token).ConfigureAwait(false);
            if (grainState is not null)
                await grainState.GetTableClient(Orleans.Configuration.AzureTableStorageOptions.DEFAULT_TABLE_NAME)
                    .GetEntityIfExistsAsync<TableEntity>("readiness", "probe", cancellationToken: timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e))
        {
            return false;
        }
    }
}
