using System.Text.Json.Nodes;

namespace Serverless.Infra.Tests;

/// <summary>The agency codes in the repository's agencies.json.</summary>
internal static class AgencyDirectory
{
    public static IReadOnlyList<string> Codes()
    {
        var directory = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Path(RepositoryFiles.AgenciesJson)))!;
        var codes = directory["agencies"]!.AsArray().Select(agency => (string)agency!["code"]!).ToList();
        Assert.NotEmpty(codes);
        return codes;
    }
}
