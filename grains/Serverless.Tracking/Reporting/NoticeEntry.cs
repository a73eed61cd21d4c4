namespace Serverless.Tracking.Reporting;

/// <summary>When a notice's tasks were entered relative to its date of issue.</summary>
/// <param name="NoticeId">Notice id.</param>
/// <param name="NoticeNumber">Official number.</param>
/// <param name="IssuedOn">Date of issue; null for tasks entered before the product recorded it.</param>
/// <param name="EnteredOn">The Vietnamese date its first task was entered.</param>
/// <param name="WorkingDaysAfterIssue">Working days from issue to entry (0 = the day of issue); null when the issue date is unknown.</param>
/// <param name="WithinRule">True when entered within the rule's working days of issue; null when the issue date is unknown.</param>
public sealed record NoticeEntry(string NoticeId, string NoticeNumber, DateOnly? IssuedOn, DateOnly EnteredOn, int? WorkingDaysAfterIssue, bool? WithinRule);
