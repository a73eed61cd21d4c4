using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>What a caller asked a periodic report for.</summary>
/// <param name="Period">The period.</param>
/// <param name="Agency">One lead agency, or null for all.</param>
/// <param name="NoticeId">One notice, or null for all.</param>
public sealed record PeriodicReportQuery(ReportPeriod Period, string? Agency, string? NoticeId);
