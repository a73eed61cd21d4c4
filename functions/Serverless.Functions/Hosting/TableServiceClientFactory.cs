using Azure.Data.Tables;
using Azure.Identity;

namespace Serverless.Functions.Hosting;

/// <summary>Builds the TableServiceClient the process shares (Orleans and the app's own tables), and the optional one of the grains' state.</summary>
public static class TableServiceClientFactory
{
    /// <summary>Managed identity when an endpoint is configured, the connection string otherwise; both with the bounded retries of <see cref="StorageResilience"/>.</summary>
    public static TableServiceClient Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.TableServiceUri is { } uri
            ? new TableServiceClient(uri, new DefaultAzureCredential(), StorageResilience.ClientOptions())
            : new TableServiceClient(options.ConnectionString, StorageResilience.ClientOptions());
    }

    /// <summary>The client of the grains' own account, as <see cref="Create"/>; null when the grains' state shares the main account.</summary>
    public static TableServiceClient? CreateGrainState(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasGrainStateAccount) return null;
        return options.GrainState.TableServiceUri is { } uri
            ? new TableServiceClient(uri, new DefaultAzureCredential(), StorageResilience.ClientOptions())
            : new TableServiceClient(options.GrainState.ConnectionString, StorageResilience.ClientOptions());
    }
}
