namespace Serverless.Notices;

/// <summary>The registry's word lists, compiled for matching against tokens.</summary>
internal sealed class Lexicon(RegistryLexicon source, IReadOnlyDictionary<string, string[]> abbreviations)
{
    public PhraseSet OrganizationHeads { get; } = new(source.OrganizationHeads, abbreviations);

    public PhraseSet BareHeads { get; } = new(source.BareHeads, abbreviations);

    public PhraseSet CouncilHeads { get; } = new(source.CouncilHeads, abbreviations);

    public PhraseSet LocalityUnits { get; } = new(source.LocalityUnits, abbreviations);

    public PhraseSet SectorHeads { get; } = new(source.SectorHeads, abbreviations);

    public PhraseSet NameStops { get; } = new(source.NameStops, abbreviations);

    // A unit's name may end with the body it belongs to: "Ban Pháp chế HĐND tỉnh".
    public PhraseSet ParentBodies { get; } = new(source.ParentBodies, abbreviations);

    // After these, "tỉnh", "xã" ... are no place: "đường tỉnh 742", "Hợp tác xã".
    public PhraseSet PlaceBlockers { get; } = new(source.PlaceBlockers, abbreviations);

    public PhraseSet NameContinuations { get; } = new(source.NameContinuations, abbreviations);

    public PhraseSet LeadTriggers { get; } = new(source.LeadTriggers, abbreviations);

    public PhraseSet DelegationTriggers { get; } = new(source.DelegationTriggers, abbreviations);

    // "Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh ...": between two bodies, the second does the work.
    public PhraseSet GoverningVerbs { get; } = new(source.GoverningVerbs, abbreviations);

    public PhraseSet CoordinatingTriggers { get; } = new(source.CoordinatingTriggers, abbreviations);

    public PhraseSet ObjectMarkers { get; } = new(source.ObjectMarkers, abbreviations);

    public PhraseSet SubjectPrefixes { get; } = new(source.SubjectPrefixes, abbreviations);

    public PhraseSet EvaluativeVerbs { get; } = new(source.EvaluativeVerbs, abbreviations);

    public IReadOnlySet<string> GenericWords { get; } = source.GenericWords.Select(VietnameseText.Key).ToHashSet(StringComparer.Ordinal);
}
