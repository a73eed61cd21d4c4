namespace Serverless.Notices;

/// <summary>The draft a clerk confirms: a conclusion notice's metadata and its numbered directives.</summary>
/// <param name="MeetingDate">The date the directives were given, when the notice states it.</param>
/// <param name="PeriodEnd">The end of the period the notice plans for ("6 tháng cuối năm 2023" is 31/12/2023), when it names one.</param>
/// <param name="Issuer">The issuing body as the header writes it.</param>
/// <param name="Title">The line that says what the notice is about.</param>
/// <param name="DocumentDate">The date the notice was signed, when filled in (often left blank in drafts).</param>
/// <param name="Addressees">The bodies under "Kính gửi:", lead of any item that names no subject of its own.</param>
/// <param name="Directives">The numbered directives, in order.</param>
public sealed record ParsedNotice(
    DateOnly? MeetingDate,
    DateOnly? PeriodEnd,
    string? Issuer,
    string? Title,
    DateOnly? DocumentDate,
    IReadOnlyList<ParsedAgency> Addressees,
    IReadOnlyList<ParsedDirective> Directives)
{
    /// <summary>The notice's number and symbol ("9387/UBND-KT", "125-TB/TU"); null when the text has none or leaves it blank.</summary>
    public string? Number { get; init; }

    /// <summary>The date of issue: the heading's, else the meeting's, else inferred from the preamble (then <see cref="IssuedOnInferred"/>).</summary>
    public DateOnly? IssuedOn { get; init; }

    /// <summary>True when <see cref="IssuedOn"/> is not the heading's own date.</summary>
    public bool IssuedOnInferred { get; init; }

    /// <summary>The paragraph that leads into the list ("... các sở, ban, ngành ... cần lưu ý mấy việc:"), which names who the items are for.</summary>
    public string? LeadIn { get; init; }
}
