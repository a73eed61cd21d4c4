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

    /// <summary>
    /// Where the grains' state lives (settings Storage__GrainState__TableServiceUri / Storage__GrainState__ConnectionString):
    /// unset, or the main account's endpoint, keeps it in the main account; another account's endpoint keeps it there,
    /// so the grains' reads and writes count against that account's targets, not the one the read models, outbox and
    /// due index share. Choose it when the deployment is created: start-up refuses an empty grain-state account while
    /// the main account holds grain state.
    /// </summary>
    public GrainStateAccountOptions GrainState { get; set; } = new();

    /// <summary>Whether the grains' state has an account of its own.</summary>
    public bool HasGrainStateAccount =>
        (GrainState.TableServiceUri is { } uri && uri != TableServiceUri) || !string.IsNullOrWhiteSpace(GrainState.ConnectionString);
}
