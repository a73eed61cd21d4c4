using Azure.Data.Tables;
using Azure.Identity;

namespace Serverless.Functions.Hosting;

/// <summary>Builds the one TableServiceClient the process shares (Orleans and the app's own tables).</summary>
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
}
