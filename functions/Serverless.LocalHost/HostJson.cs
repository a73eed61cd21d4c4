using System.Text.Json;

namespace Serverless.LocalHost;

/// <summary>Reads the HTTP route prefix from host.json, the file the Functions host reads.</summary>
public static class HostJson
{
    /// <summary>extensions.http.routePrefix, "api" when absent.</summary>
    public static string RoutePrefix(string path)
    {
        if (!File.Exists(path)) return "api";
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
                ? prefix.GetString() ?? "api"
                : "api";
    }
}
