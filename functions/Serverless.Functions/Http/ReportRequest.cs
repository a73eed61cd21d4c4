namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/reports body.</summary>
public sealed class ReportRequest
{
    /// <summary>What was done.</summary>
    public string? Text { get; set; }
    /// <summary>Optional estimate, 0-100.</summary>
    public int? PercentComplete { get; set; }
    /// <summary>Optional id chosen by the client: a retried request with the same id is applied once.</summary>
    public string? ClientRequestId { get; set; }
}
