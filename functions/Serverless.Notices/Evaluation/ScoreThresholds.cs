using Serverless.Notices;

namespace Serverless.Notices.Evaluation;

/// <summary>The lowest acceptable total scores.</summary>
/// <param name="DirectivePrecision">Share of found directive numbers that the label has.</param>
/// <param name="DirectiveRecall">Share of the label's directive numbers found.</param>
/// <param name="DeadlineExact">Share of labelled directives whose explicit deadline dates equal the label's set.</param>
/// <param name="AgencyPrecision">Share of extracted lead/coordinating agencies that match a label.</param>
/// <param name="AgencyRecall">Share of labelled agencies matched by an extracted lead/coordinating agency.</param>
/// <param name="Conditional">Share of labelled directives whose conditional flag is right.</param>
public sealed record ScoreThresholds(
    double DirectivePrecision,
    double DirectiveRecall,
    double DeadlineExact,
    double AgencyPrecision,
    double AgencyRecall,
    double Conditional)
{
    /// <summary>The targets of issue 4: directives P/R ≥ 0.95, deadlines ≥ 0.90, agencies recall ≥ 0.85 at precision ≥ 0.80, conditional ≥ 0.90.</summary>
    public static ScoreThresholds Targets { get; } = new(0.95, 0.95, 0.90, 0.80, 0.85, 0.90);
}
