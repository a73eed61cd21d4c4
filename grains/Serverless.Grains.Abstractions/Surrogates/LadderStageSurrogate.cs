using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>The wire and storage shape of <see cref="LadderStage"/>, which lives in the Orleans-free domain library.</summary>
[GenerateSerializer, Immutable]
public readonly record struct LadderStageSurrogate(
    [property: Id(0)] string Name,
    [property: Id(1)] int DayOffset,
    [property: Id(2)] int Level,
    [property: Id(3)] int Unit,
    [property: Id(4)] bool IncludeCoordinating);
