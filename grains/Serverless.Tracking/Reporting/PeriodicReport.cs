namespace Serverless.Tracking.Reporting;

/// <summary>A periodic report as of its cut-off: agencies ranked, totals, the tasks behind each count, entry timeliness per notice.</summary>
/// <param name="Period">The period.</param>
/// <param name="AsOf">The day counted to: the cut-off, or today for a period not yet over (a provisional report).</param>
/// <param name="DueOn">When the report is due under the cut-off rule.</param>
/// <param name="Agencies">Lead agencies, best score first.</param>
/// <param name="Totals">The sums over all rows.</param>
/// <param name="Lines">Every task counted, by agency, category and due date.</param>
/// <param name="Notices">Per notice with tasks counted, when its tasks were entered.</param>
/// <param name="Weights">The ranking weights used.</param>
public sealed record PeriodicReport(
    ReportPeriod Period,
    DateOnly AsOf,
    DateOnly DueOn,
    IReadOnlyList<RankedAgency> Agencies,
    AgencyTally Totals,
    IReadOnlyList<ReportLine> Lines,
    IReadOnlyList<NoticeEntry> Notices,
    RankingWeights Weights)
{
    /// <summary>True while the period is not over: the numbers may still change until its cut-off.</summary>
    public bool Provisional => AsOf < Period.CutOff;
}
