namespace Serverless.Grains;

/// <summary>One line of a task's append-only history.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Action">What happened: created, reported, completed, cancelled, ...</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Detail">Human-readable detail, in Vietnamese.</param>
[GenerateSerializer, Immutable]
public sealed record HistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Action,
    [property: Id(2)] Actor Actor,
    [property: Id(3)] string Detail);
