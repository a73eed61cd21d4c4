using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>Lets Orleans serialise <see cref="LadderStage"/> without an Orleans reference in the domain library.</summary>
[RegisterConverter]
public sealed class LadderStageConverter : IConverter<LadderStage, LadderStageSurrogate>
{
    /// <inheritdoc />
    public LadderStage ConvertFromSurrogate(in LadderStageSurrogate surrogate) =>
        new(surrogate.Name, surrogate.DayOffset, surrogate.Level, (DayUnit)surrogate.Unit, surrogate.IncludeCoordinating);

    /// <inheritdoc />
    public LadderStageSurrogate ConvertToSurrogate(in LadderStage value) => new(value.Name, value.DayOffset, value.Level, (int)value.Unit, value.IncludeCoordinating);
}
