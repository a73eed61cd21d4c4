using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>Lets Orleans serialise <see cref="EscalationLadder"/> without an Orleans reference in the domain library.</summary>
[RegisterConverter]
public sealed class EscalationLadderConverter : IConverter<EscalationLadder, EscalationLadderSurrogate>
{
    /// <inheritdoc />
    public EscalationLadder ConvertFromSurrogate(in EscalationLadderSurrogate surrogate) =>
        new(surrogate.Stages, surrogate.RepeatEveryDays, surrogate.SendAtLocalHour, surrogate.PolicyVersion);

    /// <inheritdoc />
    public EscalationLadderSurrogate ConvertToSurrogate(in EscalationLadder value) => new(value.Stages, value.RepeatEveryDays, value.SendAtLocalHour, value.PolicyVersion);
}
