using System.Text.Json;

namespace Serverless.LocalHost;

/// <summary>Reads the "Values" of the Function App's local.settings.json, so both hosts run on the same local settings.</summary>
public static class LocalSettingsFile
{
    /// <summary>The values, with "__" turned into the ":" configuration separator; empty when the file is missing.</summary>
    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        if (!File.Exists(path)) return new Dictionary<string, string?>();
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("Values", out var values)) return new Dictionary<string, string?>();
        return values.EnumerateObject().ToDictionary(
            p => p.Name.Replace("__", ":", StringComparison.Ordinal),
            p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
    }
}
