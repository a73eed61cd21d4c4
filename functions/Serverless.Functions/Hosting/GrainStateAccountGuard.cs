using Azure.Data.Tables;
using Orleans.Configuration;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Hosting;

/// <summary>
/// Refuses to start when the grains' state was given an account of its own after the deployment already kept grain
/// state in the main account: the grains would start from empty state there and send every reminder again.
/// </summary>
public static class GrainStateAccountGuard
{
    /// <summary>Throws when <paramref name="grainState"/> holds no grain state while <paramref name="main"/> does.</summary>
    public static async Task CheckAsync(TableServiceClient main, TableServiceClient grainState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(grainState);
        if (ReferenceEquals(main, grainState)) return;
        if (await GrainStateTable(grainState).HoldsAnyAsync(cancellationToken).ConfigureAwait(false)) return;
        if (!await GrainStateTable(main).HoldsAnyAsync(cancellationToken).ConfigureAwait(false)) return;
        throw new InvalidOperationException(
            $"{AppSettingNames.StorageGrainStateTableServiceUri} / {AppSettingNames.StorageGrainStateConnectionString} names an account " +
            $"without grain state, but the main account's {AzureTableStorageOptions.DEFAULT_TABLE_NAME} table holds some: the grains would " +
            "lose their state (and send every reminder again). Copy that table to the new account first, or remove the setting.");
    }

    private static TableClient GrainStateTable(TableServiceClient account) => account.GetTableClient(AzureTableStorageOptions.DEFAULT_TABLE_NAME);
}
