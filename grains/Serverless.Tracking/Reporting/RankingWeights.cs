namespace Serverless.Tracking.Reporting;

/// <summary>
/// The emulation score's weights (data, from settings): score = <see cref="OnTimeShare"/> × (share of the agency's
/// tasks completed on time) − <see cref="PerOverdueTask"/> × (tasks completed late or still overdue) −
/// <see cref="PerOverdueDay"/> × (their days past the due date). Higher is better.
/// </summary>
/// <param name="OnTimeShare">Points for a share of 1 (every task completed on time).</param>
/// <param name="PerOverdueTask">Points taken per task in either "quá hạn" category.</param>
/// <param name="PerOverdueDay">Points taken per day those tasks are or were late.</param>
public sealed record RankingWeights(double OnTimeShare = 100, double PerOverdueTask = 2, double PerOverdueDay = 0.1)
{
    /// <summary>The shipped weights.</summary>
    public static RankingWeights Default { get; } = new();

    /// <summary>Why the weights are unusable, or null when they are fine.</summary>
    public string? Problem() =>
        new[] { OnTimeShare, PerOverdueTask, PerOverdueDay }.Any(w => double.IsNaN(w) || double.IsInfinity(w) || w < 0)
            ? "Ranking weights must be finite and not negative."
            : null;

    /// <summary>The score of one agency's row, rounded to two decimals.</summary>
    public double Score(AgencyTally row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var share = row.Total == 0 ? 0 : (double)row.CompletedOnTime / row.Total;
        var score = OnTimeShare * share - PerOverdueTask * (row.CompletedLate + row.InProgressOverdue) - PerOverdueDay * row.DaysLate;
        return Math.Round(score, 2, MidpointRounding.AwayFromZero);
    }
}
