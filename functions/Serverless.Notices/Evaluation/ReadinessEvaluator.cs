using System.Globalization;
using System.Text;
using System.Text.Json;
using Serverless.Tracking;

namespace Serverless.Notices.Evaluation;

/// <summary>
/// Import readiness over a folder of labelled notices: for each, the draft's directives mapped to at least one known
/// agency, the fields a clerk must fill, the tasks the import would create, and whether every directive whose label
/// names an agency gets a task. A notice named "PROVINCE-…" is read against "PROVINCE.agencies.json" from
/// <c>directories</c> when that file exists (another province's deployment), else against the default directory.
/// </summary>
public sealed class ReadinessEvaluator(NoticeParser parser, AgencyRegistry registry)
{
    private const string LabelSuffix = ".expected.json";
    private const string DirectorySuffix = ".agencies.json";
    private static readonly JsonSerializerOptions LabelJson = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>An evaluator of the default parser and registry.</summary>
    public ReadinessEvaluator()
        : this(new NoticeParser(), AgencyRegistry.Default)
    {
    }

    /// <summary>Scores each labelled notice of <paramref name="folder"/>.</summary>
    public IReadOnlyList<ReadinessScore> Evaluate(string folder, AgencyDirectoryFile defaultDirectory, string? directories)
    {
        ArgumentNullException.ThrowIfNull(defaultDirectory);
        var scores = new List<ReadinessScore>();
        foreach (var labelPath in Directory.EnumerateFiles(folder, "*" + LabelSuffix).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(labelPath)[..^LabelSuffix.Length];
            var textPath = Path.Combine(folder, name + ".txt");
            if (!File.Exists(textPath))
                continue;
            var label = JsonSerializer.Deserialize<ExpectedNotice>(File.ReadAllText(labelPath), LabelJson) ?? new ExpectedNotice();
            var directory = new AgencyDirectory(DirectoryFor(name, defaultDirectory, directories));
            var planner = new ImportPlanner(new AddresseeMatcher(directory, registry), directory);
            try
            {
                scores.Add(Score(name, label, parser.Parse(File.ReadAllText(textPath)), planner));
            }
            catch (NoticeParseException e)
            {
                scores.Add(new ReadinessScore(name, 0, 0, 1, 0, label.Directives.Count(d => d.Agencies.Count > 0), 0, [e.Message]));
            }
        }

        return scores;
    }

    /// <summary>The table of scores, a total row, then what is not ready.</summary>
    public static string ToText(IReadOnlyList<ReadinessScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var width = Math.Max(5, scores.Select(s => s.Name.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.Append("import readiness".PadRight(width)).AppendLine("  mapped  toFill  tasks  addressed");
        foreach (var s in scores)
            text.Append(s.Name.PadRight(width)).AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Mapped,3}/{s.Directives,-3} {s.ToFill,6}  {s.Tasks,5}  {s.AddressedWithTasks,4}/{s.Addressed}"));
        text.Append("TOTAL".PadRight(width)).AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"  {scores.Sum(s => s.Mapped),3}/{scores.Sum(s => s.Directives),-3} {scores.Sum(s => s.ToFill),6}  {scores.Sum(s => s.Tasks),5}  {scores.Sum(s => s.AddressedWithTasks),4}/{scores.Sum(s => s.Addressed)}"));
        foreach (var s in scores.Where(s => s.Details.Count > 0))
        {
            text.AppendLine().Append(s.Name).AppendLine(":");
            foreach (var line in s.Details)
                text.Append("  ").AppendLine(line);
        }

        return text.ToString();
    }

    /// <summary>The notices under the targets (every directive mapped, nothing to fill, every addressed directive tasked), one line each.</summary>
    public static IReadOnlyList<string> Failures(IReadOnlyList<ReadinessScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return [.. scores.Where(s => !s.Ready).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"import readiness of {s.Name}: {s.Mapped}/{s.Directives} directives mapped, {s.ToFill} fields to fill, {s.AddressedWithTasks}/{s.Addressed} addressed directives with a task"))];
    }

    private static AgencyDirectoryFile DirectoryFor(string name, AgencyDirectoryFile fallback, string? directories)
    {
        if (directories is null || !Directory.Exists(directories))
            return fallback;
        var match = Directory.EnumerateFiles(directories, "*" + DirectorySuffix)
            .Select(p => (Path: p, Prefix: Path.GetFileName(p)[..^DirectorySuffix.Length]))
            .Where(f => name.StartsWith(f.Prefix + "-", StringComparison.Ordinal))
            .OrderByDescending(f => f.Prefix.Length)
            .FirstOrDefault();
        return match.Path is null ? fallback : AgencyDirectory.ReadFile(match.Path);
    }

    private static ReadinessScore Score(string name, ExpectedNotice label, ParsedNotice parsed, ImportPlanner planner)
    {
        var plans = planner.Plan(parsed);
        var missing = ImportPlanner.Missing(parsed, plans);
        var details = new List<string>();
        details.AddRange(missing.Select(m => $"to fill: {m}"));
        foreach (var plan in plans.Where(p => p.Unmatched.Count > 0))
            details.Add($"directive {plan.Number}: unmatched {string.Join("; ", plan.Unmatched)}");
        var byNumber = plans.GroupBy(p => p.Number).ToDictionary(g => g.Key, g => g.First());
        var addressed = label.Directives.Where(d => d.Agencies.Count > 0).ToList();
        var tasked = 0;
        foreach (var directive in addressed)
        {
            if (byNumber.TryGetValue(directive.Number, out var plan) && plan.Leads.Count > 0)
                tasked++;
            else
                details.Add($"directive {directive.Number}: names {string.Join("; ", directive.Agencies)} but would get no task");
        }

        return new ReadinessScore(name, plans.Count, plans.Count(p => p.Leads.Count > 0), missing.Count, plans.Sum(p => p.Leads.Count), addressed.Count, tasked, details);
    }
}
