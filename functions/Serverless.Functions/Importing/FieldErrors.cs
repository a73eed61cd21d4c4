namespace Serverless.Functions.Importing;

/// <summary>Collects validation messages per field path.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    /// <summary>True when nothing was reported.</summary>
    public bool IsEmpty => errors.Count == 0;

    /// <summary>Adds a message for a field.</summary>
    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>The messages, ready for a problem detail.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
