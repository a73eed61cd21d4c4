namespace Serverless.Infra.Tests;

/// <summary>Files of the repository the tests compare the template with.</summary>
internal static class RepositoryFiles
{
    /// <summary>The one list of agencies (the app and main.bicepparam both read it).</summary>
    public const string AgenciesJson = "functions/Serverless.Functions/agencies.json";

    /// <summary>The names of the settings the app reads.</summary>
    public const string AppSettingNamesSource = "functions/Serverless.Functions/Hosting/AppSettingNames.cs";

    /// <summary>Shared MSBuild properties, including the target framework.</summary>
    public const string DirectoryBuildProps = "Directory.Build.props";

    /// <summary>Absolute path of a repository-relative path.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(BuildMetadata.RepositoryRoot, relative);
}
