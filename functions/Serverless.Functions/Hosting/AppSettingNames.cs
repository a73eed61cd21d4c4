namespace Serverless.Functions.Hosting;

/// <summary>
/// Every application setting the app itself reads, in the double-underscore form App Service uses.
/// The Bicep template must provide each required one and nothing the app does not read (a test compares them).
/// </summary>
public static class AppSettingNames
{
    /// <summary>Table endpoint (Azure, managed identity), for example https://acct.table.core.windows.net.</summary>
    public const string StorageTableServiceUri = "Storage__TableServiceUri";

    /// <summary>Connection string (local development and tests: Azurite).</summary>
    public const string StorageConnectionString = "Storage__ConnectionString";

    /// <summary>Orleans cluster id: silos with the same id form one cluster.</summary>
    public const string OrleansClusterId = "Orleans__ClusterId";

    /// <summary>Orleans service id: keys grain state; never change it in a deployment that has data.</summary>
    public const string OrleansServiceId = "Orleans__ServiceId";

    /// <summary>NCRONTAB schedule of the deadline sweep.</summary>
    public const string SweepSchedule = "SweepSchedule";

    /// <summary>Client id of the user-assigned managed identity (read by DefaultAzureCredential).</summary>
    public const string AzureClientId = "AZURE_CLIENT_ID";
}
