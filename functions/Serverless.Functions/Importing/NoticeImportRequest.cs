namespace Serverless.Functions.Importing;

/// <summary>POST /api/notices body: a notice as structured JSON. Dates are ISO-8601 calendar dates (yyyy-MM-dd).</summary>
public sealed class NoticeImportRequest
{
    /// <summary>Stable id chosen by the clerk (a-z, 0-9, '-', '_'); the import is idempotent on it.</summary>
    public string? Id { get; set; }
    /// <summary>Official number, for example "125/TB-UBND"; optional (some notices have none), but a notice with a number is imported once per issuer.</summary>
    public string? Number { get; set; }
    /// <summary>Title.</summary>
    public string? Title { get; set; }
    /// <summary>Issuer.</summary>
    public string? Issuer { get; set; }
    /// <summary>Date of issue.</summary>
    public string? IssuedOn { get; set; }
    /// <summary>Date of the meeting, optional.</summary>
    public string? MeetingDate { get; set; }
    /// <summary>The directives.</summary>
    public List<DirectiveImportRequest?>? Directives { get; set; }
}
