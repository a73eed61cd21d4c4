namespace Serverless.Notices;

/// <summary>One agency of the registry: its name and the other ways notices write it.</summary>
internal sealed class RegistryEntry
{
    public string Name { get; init; } = "";

    public List<string>? Aliases { get; init; }
}
