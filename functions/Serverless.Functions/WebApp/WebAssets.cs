using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Serverless.Functions.WebApp;

/// <summary>
/// The web app's static files, read once from the assembly (the build embeds them, vendor bundles included). One
/// version, a hash of every file, goes into each asset URL, so assets can be cached for a year and a new build is
/// picked up at once.
/// </summary>
public sealed class WebAssets
{
    private const string Prefix = "webapp/";
    private readonly FrozenDictionary<string, byte[]> files;

    private WebAssets(FrozenDictionary<string, byte[]> files, string version)
    {
        this.files = files;
        Version = version;
    }

    /// <summary>The files embedded in the Function App.</summary>
    public static WebAssets Embedded { get; } = Load();

    /// <summary>The first 12 hex digits of the SHA-256 of every file's name and bytes.</summary>
    public string Version { get; }

    /// <summary>A file by its path under site/ (for example "js/main.js"), or null.</summary>
    public byte[]? Find(string path) => files.GetValueOrDefault(path);

    /// <summary>The media type sent for a file.</summary>
    public static string ContentType(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" => "text/html; charset=utf-8",
        ".JS" => "text/javascript; charset=utf-8",
        ".CSS" => "text/css; charset=utf-8",
        ".SVG" => "image/svg+xml",
        ".PNG" => "image/png",
        ".ICO" => "image/x-icon",
        _ => "application/octet-stream",
    };

    private static WebAssets Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name[Prefix.Length..].Replace('\\', '/')] = copy.ToArray();
        }
        if (!files.ContainsKey("index.html") || !files.ContainsKey("vendor/chart.js"))
            throw new InvalidOperationException("The web app is not embedded in the Function App (index.html or the vendor bundles are missing).");

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(bytes);
        }
        return new WebAssets(files.ToFrozenDictionary(StringComparer.Ordinal), Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
    }
}
