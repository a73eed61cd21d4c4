using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Serverless.Benchmarks;

/// <summary>
/// The scale benchmark's output: every section is printed and flushed as soon as it is measured (a run that stops
/// early still shows what it got), and the whole table is written into docs/performance.md between markers.
/// </summary>
public sealed class BenchmarkReport
{
    private readonly StringBuilder text = new();

    /// <summary>Prints and keeps one line.</summary>
    public void Line(string line = "")
    {
        text.AppendLine(line);
        Console.WriteLine(line);
        Console.Out.Flush();
    }

    /// <summary>Prints and keeps one line formatted with <paramref name="provider"/>.</summary>
    public void Line(IFormatProvider provider, [InterpolatedStringHandlerArgument(nameof(provider))] ref DefaultInterpolatedStringHandler line) =>
        Line(line.ToStringAndClear());

    /// <summary>The machine's load average (1, 5, 15 minutes), as `uptime` shows it.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>This process's resident set size in MB (VmRSS).</summary>
    public static long ResidentMegabytes()
    {
        if (!File.Exists("/proc/self/status")) return Environment.WorkingSet / 1024 / 1024;
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>
    /// Replaces the block between "&lt;!-- scale N begin --&gt;" and "&lt;!-- scale N end --&gt;" (N: the tasks, and a variant
    /// such as "3000 apart") in docs/performance.md (found
    /// from the current folder upwards), or appends it; returns the file's path, or null when there is none.
    /// </summary>
    public string? WriteInto(string tasks)
    {
        var folder = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "docs", "performance.md"))) folder = folder.Parent;
        if (folder is null) return null;
        var path = Path.Combine(folder.FullName, "docs", "performance.md");
        var begin = $"<!-- scale {tasks} begin -->";
        var end = $"<!-- scale {tasks} end -->";
        var block = $"{begin}\n{text.ToString().TrimEnd()}\n{end}";
        var doc = File.ReadAllText(path);
        var at = doc.IndexOf(begin, StringComparison.Ordinal);
        var to = doc.IndexOf(end, StringComparison.Ordinal);
        doc = at >= 0 && to > at
            ? string.Concat(doc.AsSpan(0, at), block, doc.AsSpan(to + end.Length))
            : doc.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(path, doc);
        return path;
    }
}
