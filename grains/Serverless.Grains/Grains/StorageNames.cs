namespace Serverless.Grains.Grains;

/// <summary>Names of the Orleans grain storage providers the grains use.</summary>
public static class StorageNames
{
    /// <summary>Azure Table grain storage for notices, tasks and deadlines.</summary>
    public const string Tracking = "tracking";
}
