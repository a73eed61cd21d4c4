using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>Lets Orleans serialise <see cref="Recipients"/> without an Orleans reference in the domain library.</summary>
[RegisterConverter]
public sealed class RecipientsConverter : IConverter<Recipients, RecipientsSurrogate>
{
    /// <inheritdoc />
    public Recipients ConvertFromSurrogate(in RecipientsSurrogate surrogate) =>
        new(surrogate.LeadAgency, surrogate.SupervisingOffice, surrogate.Leadership, surrogate.Coordinating);

    /// <inheritdoc />
    public RecipientsSurrogate ConvertToSurrogate(in Recipients value) => new(value.LeadAgency, value.SupervisingOffice, value.Leadership, value.Coordinating);
}
