namespace Serverless.Notices;

/// <summary>The shape of the agency registry JSON (agency-registry.json).</summary>
internal sealed class RegistryFile
{
    /// <summary>Abbreviation (exact case) to the words it stands for: "UBND" → "Ủy ban nhân dân".</summary>
    public Dictionary<string, string> Abbreviations { get; init; } = [];

    /// <summary>Agencies every province has (and central bodies).</summary>
    public List<RegistryEntry> Common { get; init; } = [];

    /// <summary>Agencies of one province, by the province's name.</summary>
    public Dictionary<string, List<RegistryEntry>> Provinces { get; init; } = [];

    /// <summary>Words that shape names and roles.</summary>
    public RegistryLexicon Lexicon { get; init; } = new();
}
