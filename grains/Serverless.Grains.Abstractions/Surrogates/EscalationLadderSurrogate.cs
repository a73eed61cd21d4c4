using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>The wire and storage shape of <see cref="EscalationLadder"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct EscalationLadderSurrogate(
    [property: Id(0)] IReadOnlyList<LadderStage> Stages,
    [property: Id(1)] int RepeatEveryDays,
    [property: Id(2)] int SendAtLocalHour,
    [property: Id(3)] string PolicyVersion);
