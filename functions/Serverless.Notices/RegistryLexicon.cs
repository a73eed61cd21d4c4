namespace Serverless.Notices;

/// <summary>The word lists of the registry JSON that drive name shapes and roles.</summary>
internal sealed class RegistryLexicon
{
    public List<string> OrganizationHeads { get; init; } = [];

    public List<string> BareHeads { get; init; } = [];

    public List<string> CouncilHeads { get; init; } = [];

    public List<string> LocalityUnits { get; init; } = [];

    public List<string> SectorHeads { get; init; } = [];

    public List<string> NameStops { get; init; } = [];

    public List<string> ParentBodies { get; init; } = [];

    public List<string> PlaceBlockers { get; init; } = [];

    public List<string> NameContinuations { get; init; } = [];

    public List<string> LeadTriggers { get; init; } = [];

    public List<string> DelegationTriggers { get; init; } = [];

    public List<string> GoverningVerbs { get; init; } = [];

    public List<string> CoordinatingTriggers { get; init; } = [];

    public List<string> ObjectMarkers { get; init; } = [];

    public List<string> SubjectPrefixes { get; init; } = [];

    public List<string> EvaluativeVerbs { get; init; } = [];

    public List<string> GenericWords { get; init; } = [];
}
