using System.Collections.Concurrent;
using System.Text.Json;

namespace Serverless.Notices;

/// <summary>
/// Agency names, aliases and abbreviations (common to every province, plus per-province lists) and the
/// words that shape unknown names and roles. Data, not code: loaded from agency-registry.json.
/// </summary>
public sealed class AgencyRegistry
{
    private const string ResourceName = "Serverless.Notices.agency-registry.json";
    private static readonly Lazy<AgencyRegistry> DefaultRegistry = new(LoadEmbedded);
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly RegistryFile file;
    private readonly ConcurrentDictionary<string, NameTrie> tries = new(StringComparer.Ordinal);

    private AgencyRegistry(RegistryFile file)
    {
        this.file = file;
        Abbreviations = file.Abbreviations.ToDictionary(
            pair => pair.Key,
            pair => Tokenizer.Tokenize(pair.Value, null).Where(t => t.Kind == TokenKind.Word).Select(t => t.Key).ToArray(),
            StringComparer.Ordinal);
        Lexicon = new Lexicon(file.Lexicon, Abbreviations);
    }

    /// <summary>The registry shipped with the product.</summary>
    public static AgencyRegistry Default => DefaultRegistry.Value;

    /// <summary>Provinces that have their own list.</summary>
    public IReadOnlyCollection<string> Provinces => file.Provinces.Keys;

    internal IReadOnlyDictionary<string, string[]> Abbreviations { get; }

    internal Lexicon Lexicon { get; }

    /// <summary>Reads a registry from JSON in the format of agency-registry.json.</summary>
    public static AgencyRegistry Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = JsonSerializer.Deserialize<RegistryFile>(json, FileJson)
            ?? throw new InvalidOperationException("The agency registry is empty.");
        foreach (var entry in file.Common.Concat(file.Provinces.Values.SelectMany(list => list)))
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
                throw new InvalidOperationException("The agency registry has an entry with no name.");
        }

        return new AgencyRegistry(file);
    }

    /// <summary>The registry's name for an agency written any known way, or null.</summary>
    public string? CanonicalName(string name, string? province = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return NamesFor(province).Lookup(Tokenizer.Tokenize(name.Normalize(), Abbreviations));
    }

    /// <summary>The comparison key of an agency name: NFC, lower case, one tone placement, abbreviations spelled out, punctuation dropped.</summary>
    public string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', Tokenizer.Tokenize(name.Normalize(), Abbreviations).Where(t => t.Kind == TokenKind.Word).Select(t => t.Key));
    }

    internal NameTrie NamesFor(string? province)
    {
        var key = province is null ? "" : VietnameseText.PhraseKey(province);
        return tries.GetOrAdd(key, k =>
        {
            var entries = file.Common.AsEnumerable();
            foreach (var (name, list) in file.Provinces)
            {
                if (k.Length > 0 && VietnameseText.PhraseKey(name) == k)
                    entries = entries.Concat(list);
            }

            return new NameTrie(entries, Abbreviations);
        });
    }

    private static AgencyRegistry LoadEmbedded()
    {
        using var stream = typeof(AgencyRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    }
}
