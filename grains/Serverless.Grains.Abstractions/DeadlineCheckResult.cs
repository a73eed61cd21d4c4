namespace Serverless.Grains;

/// <summary>What one check of a deadline did.</summary>
/// <param name="NotifiedStage">The stage notified by this check, or null when nothing was due or it was already sent.</param>
/// <param name="SkippedStages">Earlier stages passed over because a later one is already current (after an outage).</param>
/// <param name="NextCheckAt">When the deadline wants to be checked next; null when it is done.</param>
[GenerateSerializer, Immutable]
public sealed record DeadlineCheckResult(
    [property: Id(0)] string? NotifiedStage,
    [property: Id(1)] IReadOnlyList<string> SkippedStages,
    [property: Id(2)] DateTimeOffset? NextCheckAt);
