namespace Serverless.Functions.Importing;

/// <summary>One task of a directive.</summary>
public sealed class TaskImportRequest
{
    /// <summary>Short title for reminders and lists, optional (the draft offers the directive's first clause).</summary>
    public string? Title { get; set; }
    /// <summary>What must be done.</summary>
    public string? Content { get; set; }
    /// <summary>Code of the lead agency.</summary>
    public string? LeadAgency { get; set; }
    /// <summary>Codes of the coordinating agencies.</summary>
    public List<string?>? CoordinatingAgencies { get; set; }
    /// <summary>"dated", "regular" (thường xuyên: tracked, never escalated) or "conditional" (waits for a leader to set the date).
    /// Omitted: dated when deadlines are given, regular otherwise.</summary>
    public string? Timing { get; set; }
    /// <summary>Due dates (yyyy-MM-dd).</summary>
    public List<string?>? Deadlines { get; set; }
}
