using System.Text.Json.Nodes;

namespace Serverless.Infra.Tests;

/// <summary>
/// Compiles infra/main.bicep and infra/main.bicepparam with the Bicep CLI in a temporary copy of the
/// files they read, then asks the CLI for the deployment snapshot: every resource the parameter file
/// would deploy, loops and modules expanded, with every value known before deployment evaluated.
/// </summary>
public sealed class CompiledDeployment : IDisposable
{
    /// <summary>Audience handed to main.bicepparam through AUTH_AUDIENCE.</summary>
    public const string AuthAudience = "api://infra-tests";

    /// <summary>The web app's client id handed to main.bicepparam through WEBAPP_CLIENT_ID (WEBAPP_SCOPE is left unset).</summary>
    public const string WebAppClientId = "6a1e3f0c-7d7b-4d0e-9a55-2f1b8c4d9e01";

    /// <summary>Resource group the snapshot pretends to deploy into.</summary>
    public const string ResourceGroup = "rg-infra-tests";

    private const string SubscriptionId = "00000000-0000-0000-0000-00000000cafe";

    private readonly DirectoryInfo workspace;

    public CompiledDeployment() : this(null)
    {
    }

    /// <summary>The same, with <paramref name="extraParameters"/> (bicepparam lines) appended to the parameter file's copy.</summary>
    internal CompiledDeployment(string? extraParameters)
    {
        workspace = Directory.CreateTempSubdirectory("serverless-infra-tests-");
        try
        {
            var infra = Path.Combine(workspace.FullName, "infra");
            CopyDirectory(RepositoryFiles.Path("infra"), infra);
            if (extraParameters is not null) File.AppendAllText(Path.Combine(infra, "main.bicepparam"), "\n" + extraParameters + "\n");
            var agencies = Path.Combine(workspace.FullName, RepositoryFiles.AgenciesJson);
            Directory.CreateDirectory(Path.GetDirectoryName(agencies)!);
            File.Copy(RepositoryFiles.Path(RepositoryFiles.AgenciesJson), agencies);

            var bicep = BicepCli.FromNuGetPackage();
            var environment = new Dictionary<string, string> { ["AUTH_AUDIENCE"] = AuthAudience, ["WEBAPP_CLIENT_ID"] = WebAppClientId };
            bicep.Run(infra, environment, "build", "main.bicep", "--outfile", "main.json");
            bicep.Run(infra, environment, "build-params", "main.bicepparam", "--outfile", "main.parameters.json");
            bicep.Run(
                infra,
                environment,
                "snapshot",
                "main.bicepparam",
                "--subscription-id",
                SubscriptionId,
                "--resource-group",
                ResourceGroup,
                "--location",
                "southeastasia");

            Template = ReadObject(Path.Combine(infra, "main.json"));
            TemplateText = File.ReadAllText(Path.Combine(infra, "main.json"));
            Parameters = ReadObject(Path.Combine(infra, "main.parameters.json"));
            Resources = ReadObject(Path.Combine(infra, "main.snapshot.json"))["predictedResources"]!.AsArray()
                .Select(resource => resource!.AsObject())
                .ToList();
        }
        catch
        {
            workspace.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>The compiled ARM template (main.json), modules nested.</summary>
    public JsonObject Template { get; }

    /// <summary>The compiled ARM template as text.</summary>
    public string TemplateText { get; }

    /// <summary>The compiled parameter file (main.parameters.json).</summary>
    public JsonObject Parameters { get; }

    /// <summary>Every resource the deployment creates, as the snapshot predicts it.</summary>
    public IReadOnlyList<JsonObject> Resources { get; }

    /// <summary>Resources of one type (case-insensitive, as ARM compares types).</summary>
    public IReadOnlyList<JsonObject> OfType(string type) =>
        Resources.Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The one resource of a type; fails when there is none or more than one.</summary>
    public JsonObject Only(string type)
    {
        var matches = OfType(type);
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The Function App's application settings, name to value (values that depend on deployed resources stay ARM expressions).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> AppSettings() =>
        Only("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Select(setting => KeyValuePair.Create((string)setting!["name"]!, setting["value"]!.ToString()))
            .ToList();

    public void Dispose() => workspace.Delete(recursive: true);

    private static JsonObject ReadObject(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*.bicep*"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "bicepconfig.json"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
