using System.Globalization;
using System.Text.Json;

namespace Serverless.Benchmarks;

/// <summary>
/// Where Azurite's single Node.js thread spent a benchmark: reads a .cpuprofile written by a run with
/// AZURITE_CPU_PROFILE set (Node.js' sampling profiler, Chrome DevTools format) and prints the functions that took
/// the most time, by themselves and with what they called, as shares of the sampled time.
/// </summary>
internal static class AzuriteProfile
{
    private const int DefaultTop = 25;

    // The steps of Azurite's table store that answer for most of its time, named for the reader of docs/performance.md.
    private static readonly (string Label, string Function, string File)[] Steps =
    [
        ("find a row by its keys (LokiJS findOne: the partition's rows, one by one)", "Collection.findOne", "lokijs.js"),
        ("answer a query (filter every row of the table, then sort)", "queryTableEntities", "LokiTableMetadataStore.js"),
        ("insert a row (with its index entries)", "Collection.insert", "lokijs.js"),
        ("remove a row (replace = remove + insert; with its index entries)", "Collection.remove", "lokijs.js"),
        ("garbage collection", "(garbage collector)", ""),
        ("idle", "(idle)", ""),
    ];

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Serverless.Benchmarks profile <file.cpuprofile> [top]");
            return 2;
        }
        var top = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : DefaultTop;
        using var stream = File.OpenRead(args[0]);
        using var document = JsonDocument.Parse(stream);
        var profile = Read(document.RootElement);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(args[0])}: {profile.TotalMicroseconds / 1e6:F1} s sampled"));
        Console.WriteLine();
        Console.WriteLine("| step | share of the thread's time (with what it called) |");
        Console.WriteLine("|---|---|");
        foreach (var (label, function, file) in Steps)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {Share(profile.Inclusive.GetValueOrDefault(Key(function, file)), profile)} |"));
        Print("functions by their own time", profile.Self, profile, top);
        Print("functions with what they called", profile.Inclusive, profile, top);
        return 0;
    }

    private static void Print(string title, Dictionary<string, long> times, Profile profile, int top)
    {
        Console.WriteLine();
        Console.WriteLine($"| {title} | share |");
        Console.WriteLine("|---|---|");
        foreach (var (function, time) in times.OrderByDescending(t => t.Value).Take(top))
            Console.WriteLine($"| `{function}` | {Share(time, profile)} |");
    }

    private static string Share(long microseconds, Profile profile) =>
        string.Create(CultureInfo.InvariantCulture, $"{100.0 * microseconds / Math.Max(1, profile.TotalMicroseconds):F1} %");

    private static string Key(string function, string file) => file.Length == 0 ? function : $"{function} ({file})";

    private static Profile Read(JsonElement root)
    {
        var names = new Dictionary<int, string>();
        var parents = new Dictionary<int, int>();
        foreach (var node in root.GetProperty("nodes").EnumerateArray())
        {
            var id = node.GetProperty("id").GetInt32();
            var frame = node.GetProperty("callFrame");
            var function = frame.GetProperty("functionName").GetString() is { Length: > 0 } name ? name : "(anonymous)";
            var url = frame.GetProperty("url").GetString() ?? "";
            // V8 names a method by the expression it was assigned to ("Collection.findOne" for Collection.prototype.findOne).
            names[id] = Key(function, url.Length == 0 ? "" : url[(url.LastIndexOf('/') + 1)..]);
            if (node.TryGetProperty("children", out var children))
                foreach (var child in children.EnumerateArray()) parents[child.GetInt32()] = id;
        }

        // Each sample is the node on top of the stack; the time to the next sample is its weight.
        var sampled = new Dictionary<int, long>();
        var samples = root.GetProperty("samples").EnumerateArray().Select(s => s.GetInt32());
        var deltas = root.GetProperty("timeDeltas").EnumerateArray().Select(d => d.GetInt64());
        foreach (var (node, delta) in samples.Zip(deltas)) sampled[node] = sampled.GetValueOrDefault(node) + delta;

        var self = new Dictionary<string, long>();
        var inclusive = new Dictionary<string, long>();
        var seen = new HashSet<string>();
        foreach (var (node, time) in sampled)
        {
            self[names[node]] = self.GetValueOrDefault(names[node]) + time;
            seen.Clear();
            // A recursive function counts once per sample.
            for (int? at = node; at is { } current; at = parents.TryGetValue(current, out var parent) ? parent : null)
                if (seen.Add(names[current])) inclusive[names[current]] = inclusive.GetValueOrDefault(names[current]) + time;
        }
        return new Profile(self, inclusive, sampled.Values.Sum());
    }

    private sealed record Profile(Dictionary<string, long> Self, Dictionary<string, long> Inclusive, long TotalMicroseconds);
}
