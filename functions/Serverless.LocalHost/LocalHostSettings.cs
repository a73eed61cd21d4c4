namespace Serverless.LocalHost;

/// <summary>How to start LocalHost (from the command line or from a test).</summary>
public sealed class LocalHostSettings
{
    /// <summary>Where Kestrel listens.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:7071";

    /// <summary>The product's clock; null for the real time.</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>Run the timer functions on their schedules.</summary>
    public bool RunTimers { get; set; } = true;

    /// <summary>A notice JSON file imported when the store holds no task.</summary>
    public string? SeedFile { get; set; }

    /// <summary>Extra configuration (tests: the Azurite connection string, a unique cluster id).</summary>
    public IDictionary<string, string?> Configuration { get; } = new Dictionary<string, string?>();

    /// <summary>Last changes to the services (tests: stand-ins for what only exists in Azure, such as a tenant's OpenID metadata).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Hosting environment name.</summary>
    public string EnvironmentName { get; set; } = "Development";
}
