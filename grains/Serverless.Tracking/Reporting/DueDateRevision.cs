namespace Serverless.Tracking.Reporting;

/// <summary>A task's due date in force from <paramref name="EffectiveOn"/> on (set at creation, by a leader, or by an approved extension).</summary>
/// <param name="EffectiveOn">The Vietnamese date the date took effect (the day of creation, setting or approval).</param>
/// <param name="DueDate">The due date from then on.</param>
public sealed record DueDateRevision(DateOnly EffectiveOn, DateOnly DueDate);
