namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/reports body.</summary>
public sealed class ReportRequest
{
    /// <summary>What was done.</summary>
    public string? Text { get; set; }
    /// <summary>Optional estimate, 0-100.</summary>
    public int? PercentComplete { get; set; }
}
