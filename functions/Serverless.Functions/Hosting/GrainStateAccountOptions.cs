namespace Serverless.Functions.Hosting;

/// <summary>The optional account of the grains' state (see <see cref="StorageOptions.GrainState"/>).</summary>
public sealed class GrainStateAccountOptions
{
    /// <summary>Table endpoint, reached with managed identity (setting Storage__GrainState__TableServiceUri).</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Connection string, for Azurite (setting Storage__GrainState__ConnectionString).</summary>
    public string? ConnectionString { get; set; }
}
