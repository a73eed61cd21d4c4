using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>Lets Orleans serialise <see cref="DirectiveTaskStatus"/> without an Orleans reference in the domain library.</summary>
[RegisterConverter]
public sealed class DirectiveTaskStatusConverter : IConverter<DirectiveTaskStatus, DirectiveTaskStatusSurrogate>
{
    /// <inheritdoc />
    public DirectiveTaskStatus ConvertFromSurrogate(in DirectiveTaskStatusSurrogate surrogate) => (DirectiveTaskStatus)surrogate.Value;

    /// <inheritdoc />
    public DirectiveTaskStatusSurrogate ConvertToSurrogate(in DirectiveTaskStatus value) => new((int)value);
}
