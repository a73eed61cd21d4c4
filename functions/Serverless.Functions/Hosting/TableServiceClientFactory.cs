using Azure.Data.Tables;
using Azure.Identity;

namespace Serverless.Functions.Hosting;

/// <summary>Builds the one TableServiceClient the process shares (Orleans and the app's own tables).</summary>
public static class TableServiceClientFactory
{
    /// <summary>Managed identity when an endpoint is configured, the connection string otherwise.</summary>
    public static TableServiceClient Create(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.TableServiceUri is { } uri
            ? new TableServiceClient(uri, new DefaultAzureCredential())
            : new TableServiceClient(options.ConnectionString);
    }
}
