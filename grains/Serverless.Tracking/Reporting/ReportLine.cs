namespace Serverless.Tracking.Reporting;

/// <summary>One task behind a report's counts, with where it stood at the cut-off.</summary>
/// <param name="Task">The task.</param>
/// <param name="Standing">Its category, due date in force and days late.</param>
public sealed record ReportLine(TaskFacts Task, AsOfStanding Standing);
