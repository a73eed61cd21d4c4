namespace Serverless.Functions.Hosting;

/// <summary>Where the tables live: an endpoint reached with managed identity in Azure, or a connection string locally.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>Table endpoint, for example https://acct.table.core.windows.net (setting Storage__TableServiceUri).</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Connection string, for Azurite (setting Storage__ConnectionString).</summary>
    public string? ConnectionString { get; set; }
}
