namespace Serverless.Tracking.Reporting;

/// <summary>Where a task stood at a report's cut-off.</summary>
/// <param name="Category">One of the four categories.</param>
/// <param name="DueDate">The due date in force (at completion for completed tasks, at the cut-off for the others); null when none was set.</param>
/// <param name="DaysLate">Days past the due date: at completion for "hoàn thành quá hạn", at the cut-off for "đang thực hiện quá hạn"; 0 otherwise.</param>
public sealed record AsOfStanding(ProgressCategory Category, DateOnly? DueDate, int DaysLate);
