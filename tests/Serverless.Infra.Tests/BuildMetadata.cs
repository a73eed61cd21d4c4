using System.Reflection;

namespace Serverless.Infra.Tests;

/// <summary>Values the project file fixes at build time (see the AssemblyMetadata items in the csproj).</summary>
internal static class BuildMetadata
{
    /// <summary>Path of the Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package.</summary>
    public static string BicepCli => Read("BicepCli");

    /// <summary>Root folder of the repository.</summary>
    public static string RepositoryRoot => Read("RepositoryRoot");

    private static string Read(string key) =>
        typeof(BuildMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly carries no '{key}' metadata; rebuild the project.");
}
