namespace Serverless.Grains;

/// <summary>The state of one deadline of a task, as shown to callers.</summary>
/// <param name="DeadlineId">Grain key of the deadline.</param>
/// <param name="DueDate">Calendar date in Vietnam.</param>
/// <param name="StagesSent">Ladder stages already notified, in order.</param>
/// <param name="NextCheckAt">When the sweep next looks at it; null when stopped or finished.</param>
/// <param name="Stopped">True once the task is completed or cancelled.</param>
/// <param name="PreviousDueDates">Due dates before approved extensions, oldest first.</param>
/// <param name="PolicyVersion">The escalation policy frozen into this deadline.</param>
/// <param name="Revisions">Per due date (revision), the stages sent and skipped.</param>
/// <param name="History">The deadline's notifications and skipped stages as task-history lines.</param>
[GenerateSerializer, Immutable]
public sealed record DeadlineSnapshot(
    [property: Id(0)] string DeadlineId,
    [property: Id(1)] DateOnly DueDate,
    [property: Id(2)] IReadOnlyList<string> StagesSent,
    [property: Id(3)] DateTimeOffset? NextCheckAt,
    [property: Id(4)] bool Stopped,
    [property: Id(5)] IReadOnlyList<DateOnly>? PreviousDueDates = null,
    [property: Id(6)] string? PolicyVersion = null,
    [property: Id(7)] IReadOnlyList<DeadlineRevision>? Revisions = null,
    [property: Id(8)] IReadOnlyList<HistoryEntry>? History = null);
