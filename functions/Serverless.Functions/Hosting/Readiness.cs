namespace Serverless.Functions.Hosting;

/// <summary>The outcome of a readiness check.</summary>
/// <param name="StorageReachable">Table Storage answered.</param>
/// <param name="SiloActive">The co-hosted silo is active (or there is none: the functions run as a client).</param>
/// <param name="SiloStatus">The silo's status as Orleans names it ("Active", "Joining", ...), or "client".</param>
public sealed record Readiness(bool StorageReachable, bool SiloActive, string SiloStatus)
{
    /// <summary>Both hold.</summary>
    public bool Ready => StorageReachable && SiloActive;
}
