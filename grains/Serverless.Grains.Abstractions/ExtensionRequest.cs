namespace Serverless.Grains;

/// <summary>An agency's request for more time ("đề nghị gia hạn") on one deadline, and the leader's decision.</summary>
/// <param name="RequestId">Id within the task ("e1", "e2", ...).</param>
/// <param name="DeadlineId">The deadline to move.</param>
/// <param name="CurrentDueDate">The due date when the request was made.</param>
/// <param name="RequestedDueDate">The date asked for.</param>
/// <param name="Reason">Why, NFC-normalised.</param>
/// <param name="RequestedBy">Who asked.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="Decision">pending, approved or rejected.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When it was decided.</param>
/// <param name="DecisionNote">The leader's note.</param>
[GenerateSerializer, Immutable]
public sealed record ExtensionRequest(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string DeadlineId,
    [property: Id(2)] DateOnly CurrentDueDate,
    [property: Id(3)] DateOnly RequestedDueDate,
    [property: Id(4)] string Reason,
    [property: Id(5)] Actor RequestedBy,
    [property: Id(6)] DateTimeOffset RequestedAt,
    [property: Id(7)] ExtensionDecision Decision,
    [property: Id(8)] Actor? DecidedBy = null,
    [property: Id(9)] DateTimeOffset? DecidedAt = null,
    [property: Id(10)] string? DecisionNote = null);
