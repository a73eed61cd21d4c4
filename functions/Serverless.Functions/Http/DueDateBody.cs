namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/due-date body.</summary>
public sealed class DueDateBody
{
    /// <summary>The date (yyyy-MM-dd).</summary>
    public string? DueDate { get; set; }
    /// <summary>Optional note, e.g. the guidance that arrived.</summary>
    public string? Note { get; set; }
}
