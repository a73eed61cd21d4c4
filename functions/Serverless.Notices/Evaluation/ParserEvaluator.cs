using System.Globalization;
using System.Text.Json;

using Serverless.Notices;

namespace Serverless.Notices.Evaluation;

/// <summary>
/// Scores the parser on a folder of NAME.txt + NAME.expected.json pairs, as the samples README
/// defines: directives by number (precision, recall); per directive, the set of explicit deadline
/// dates equals the label's; agencies (lead and coordinating only) matched to labels by containment
/// after normalisation (precision, recall over directive/agency pairs); conditional flag accuracy.
/// </summary>
public sealed class ParserEvaluator(NoticeParser parser, AgencyRegistry registry)
{
    private const string LabelSuffix = ".expected.json";
    private static readonly JsonSerializerOptions LabelJson = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>An evaluator of the default parser.</summary>
    public ParserEvaluator()
        : this(new NoticeParser(), AgencyRegistry.Default)
    {
    }

    /// <summary>Scores every labelled notice of <paramref name="directory"/>; throws when the folder does not exist.</summary>
    public EvaluationReport Evaluate(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"No such folder: {directory}");
        var files = new List<FileEvaluation>();
        foreach (var labelPath in Directory.EnumerateFiles(directory, "*" + LabelSuffix).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(labelPath)[..^LabelSuffix.Length];
            var label = JsonSerializer.Deserialize<ExpectedNotice>(File.ReadAllText(labelPath), LabelJson) ?? new ExpectedNotice();
            var textPath = Path.Combine(directory, name + ".txt");
            if (!File.Exists(textPath))
            {
                files.Add(Score(name, label, null, $"missing {name}.txt"));
                continue;
            }

            try
            {
                files.Add(Score(name, label, parser.Parse(File.ReadAllText(textPath)), null));
            }
            catch (NoticeParseException error)
            {
                files.Add(Score(name, label, null, error.Message));
            }
        }

        return new EvaluationReport(files);
    }

    private FileEvaluation Score(string name, ExpectedNotice label, ParsedNotice? parsed, string? error)
    {
        var differences = new List<string>();
        var found = (parsed?.Directives ?? []).GroupBy(d => d.Number).ToDictionary(g => g.Key, g => g.First());
        var expectedNumbers = label.Directives.Select(d => d.Number).ToHashSet();
        var matched = found.Keys.Count(expectedNumbers.Contains);
        foreach (var extra in found.Keys.Where(n => !expectedNumbers.Contains(n)))
            differences.Add($"directive {extra}: found but not labelled");

        int exact = 0, labelled = 0, labelledMatched = 0, extracted = 0, extractedMatched = 0, conditionals = 0;
        foreach (var expected in label.Directives)
        {
            found.TryGetValue(expected.Number, out var directive);
            if (directive is null)
                differences.Add($"directive {expected.Number}: not found");

            var dates = directive?.Deadlines.Where(d => d.Kind == DeadlineKind.Explicit && d.Date is not null).Select(d => d.Date!.Value).ToHashSet() ?? [];
            if (directive is not null && dates.SetEquals(expected.Deadlines))
                exact++;
            else if (directive is not null)
                differences.Add($"directive {expected.Number}: deadlines [{Dates(dates)}], label [{Dates(expected.Deadlines)}]");

            if (directive?.Conditional == expected.Conditional)
                conditionals++;
            else if (directive is not null)
                differences.Add($"directive {expected.Number}: conditional {directive.Conditional}, label {expected.Conditional}");

            var names = Doers(directive).Select(registry.NameKey).ToList();
            var labels = expected.Agencies.Select(registry.NameKey).ToList();
            labelled += labels.Count;
            for (var k = 0; k < labels.Count; k++)
            {
                if (names.Any(n => Matches(n, labels[k])))
                    labelledMatched++;
                else
                    differences.Add($"directive {expected.Number}: missed agency \"{expected.Agencies[k]}\"");
            }

            var doers = Doers(directive).ToList();
            extracted += names.Count;
            for (var k = 0; k < names.Count; k++)
            {
                if (labels.Any(l => Matches(names[k], l)))
                    extractedMatched++;
                else
                    differences.Add($"directive {expected.Number}: extra agency \"{doers[k]}\"");
            }
        }

        foreach (var extra in found.Values.Where(d => !expectedNumbers.Contains(d.Number)))
            extracted += Doers(extra).Count();

        var counts = new ScoreCounts(label.Directives.Count, found.Count, matched, exact, labelled, labelledMatched, extracted, extractedMatched, conditionals);
        return new FileEvaluation(name, counts, differences, error);
    }

    private static IEnumerable<string> Doers(ParsedDirective? directive) =>
        directive?.Agencies.Where(a => a.Role is AgencyRole.Lead or AgencyRole.Coordinating).Select(a => a.Name) ?? [];

    // "one contains the other after normalisation", on whole words, with a leading plural "các" ignored.
    private static bool Matches(string a, string b)
    {
        var x = $" {StripPlural(a)} ";
        var y = $" {StripPlural(b)} ";
        return x.Length > 2 && y.Length > 2 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    private static string StripPlural(string key) => key.StartsWith("các ", StringComparison.Ordinal) ? key[4..] : key;

    private static string Dates(IEnumerable<DateOnly> dates) =>
        string.Join(", ", dates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
