using System.Globalization;
using System.Text;

using Serverless.Notices;

namespace Serverless.Notices.Evaluation;

/// <summary>Scores of the parser over a folder of labelled notices: per file and in total.</summary>
public sealed record EvaluationReport(IReadOnlyList<FileEvaluation> Files)
{
    /// <summary>The folder's counts (micro-averaged: every directive and agency weighs the same).</summary>
    public ScoreCounts Total { get; } = Files.Aggregate(ScoreCounts.Zero, (sum, file) => sum.Add(file.Counts));

    /// <summary>The totals that fall under the thresholds, one readable line each; empty when all targets are met.</summary>
    public IReadOnlyList<string> Failures(ScoreThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var failures = new List<string>();
        if (Files.Count == 0)
            failures.Add("no labelled notices were scored");
        Check(failures, "directive precision", Total.DirectivePrecision, thresholds.DirectivePrecision);
        Check(failures, "directive recall", Total.DirectiveRecall, thresholds.DirectiveRecall);
        Check(failures, "deadlines exact", Total.DeadlineExact, thresholds.DeadlineExact);
        Check(failures, "agency precision", Total.AgencyPrecision, thresholds.AgencyPrecision);
        Check(failures, "agency recall", Total.AgencyRecall, thresholds.AgencyRecall);
        Check(failures, "conditional accuracy", Total.Conditional, thresholds.Conditional);
        return failures;
    }

    /// <summary>A table of the scores, one row per file and a total row, then the differences.</summary>
    public string ToText()
    {
        var width = Math.Max(5, Files.Select(f => f.Name.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.Append("file".PadRight(width)).AppendLine("  dirP  dirR  deadl  agP   agR   cond");
        foreach (var file in Files)
            Row(text, file.Name, width, file.Counts);
        Row(text, "TOTAL", width, Total);
        foreach (var file in Files.Where(f => f.Error is not null || f.Differences.Count > 0))
        {
            text.AppendLine().Append(file.Name).AppendLine(":");
            if (file.Error is not null)
                text.Append("  error: ").AppendLine(file.Error);
            foreach (var difference in file.Differences)
                text.Append("  ").AppendLine(difference);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, int width, ScoreCounts counts) =>
        text.Append(name.PadRight(width))
            .Append(CultureInfo.InvariantCulture, $"  {counts.DirectivePrecision:0.00}  {counts.DirectiveRecall:0.00}  {counts.DeadlineExact:0.00}   {counts.AgencyPrecision:0.00}  {counts.AgencyRecall:0.00}  {counts.Conditional:0.00}")
            .AppendLine();

    private static void Check(List<string> failures, string name, double value, double threshold)
    {
        if (value < threshold)
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.000} < {threshold:0.00}"));
    }
}
