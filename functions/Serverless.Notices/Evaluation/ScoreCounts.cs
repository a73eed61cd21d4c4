using Serverless.Notices;

namespace Serverless.Notices.Evaluation;

/// <summary>The counts behind the scores of one file or of a whole folder; ratios of an empty count are 1.</summary>
public sealed record ScoreCounts(
    int ExpectedDirectives,
    int FoundDirectives,
    int MatchedDirectives,
    int ExactDeadlines,
    int LabelledAgencies,
    int LabelledAgenciesMatched,
    int ExtractedAgencies,
    int ExtractedAgenciesMatched,
    int CorrectConditionals)
{
    /// <summary>No counts.</summary>
    public static ScoreCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double DirectivePrecision => Ratio(MatchedDirectives, FoundDirectives);

    public double DirectiveRecall => Ratio(MatchedDirectives, ExpectedDirectives);

    public double DeadlineExact => Ratio(ExactDeadlines, ExpectedDirectives);

    public double AgencyPrecision => Ratio(ExtractedAgenciesMatched, ExtractedAgencies);

    public double AgencyRecall => Ratio(LabelledAgenciesMatched, LabelledAgencies);

    public double Conditional => Ratio(CorrectConditionals, ExpectedDirectives);

    /// <summary>The sum of two counts (totals are micro-averages).</summary>
    public ScoreCounts Add(ScoreCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            ExpectedDirectives + other.ExpectedDirectives,
            FoundDirectives + other.FoundDirectives,
            MatchedDirectives + other.MatchedDirectives,
            ExactDeadlines + other.ExactDeadlines,
            LabelledAgencies + other.LabelledAgencies,
            LabelledAgenciesMatched + other.LabelledAgenciesMatched,
            ExtractedAgencies + other.ExtractedAgencies,
            ExtractedAgenciesMatched + other.ExtractedAgenciesMatched,
            CorrectConditionals + other.CorrectConditionals);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;
}
