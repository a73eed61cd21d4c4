using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>Lets Orleans serialise <see cref="DayUnit"/> without an Orleans reference in the domain library.</summary>
[RegisterConverter]
public sealed class DayUnitConverter : IConverter<DayUnit, DayUnitSurrogate>
{
    /// <inheritdoc />
    public DayUnit ConvertFromSurrogate(in DayUnitSurrogate surrogate) => (DayUnit)surrogate.Value;

    /// <inheritdoc />
    public DayUnitSurrogate ConvertToSurrogate(in DayUnit value) => new((int)value);
}
