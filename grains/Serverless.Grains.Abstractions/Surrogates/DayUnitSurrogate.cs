using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>The wire and storage shape of the domain enum <see cref="DayUnit"/>: its numeric value.</summary>
[GenerateSerializer, Immutable]
public readonly record struct DayUnitSurrogate(
    [property: Id(0)] int Value);
