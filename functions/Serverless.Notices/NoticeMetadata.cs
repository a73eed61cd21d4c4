namespace Serverless.Notices;

/// <summary>What the header and preamble say about a notice.</summary>
internal sealed record NoticeMetadata(
    string? Issuer,
    string? Title,
    string? Province,
    DateOnly? MeetingDate,
    DateOnly? DocumentDate,
    DateOnly? PeriodEnd,
    DateContext Dates)
{
    public string? Number { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public bool IssuedOnInferred { get; init; }

    public string? LeadIn { get; init; }
}
