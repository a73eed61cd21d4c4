using Serverless.Tracking;

namespace Serverless.Grains.Surrogates;

/// <summary>The wire and storage shape of <see cref="Recipients"/>.</summary>
[GenerateSerializer, Immutable]
public readonly record struct RecipientsSurrogate(
    [property: Id(0)] string LeadAgency,
    [property: Id(1)] string SupervisingOffice,
    [property: Id(2)] string Leadership,
    [property: Id(3)] IReadOnlyList<string>? Coordinating);
