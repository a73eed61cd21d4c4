namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/urgings body.</summary>
public sealed class UrgingBody
{
    /// <summary>The agency urged: the task's lead (default) or one of its coordinating agencies.</summary>
    public string? Agency { get; set; }
    /// <summary>"agency", "supervisingOffice" or "leadership".</summary>
    public string? Level { get; set; }
    /// <summary>Why.</summary>
    public string? Reason { get; set; }
    /// <summary>Optional id chosen by the client: a retried request with the same id is delivered once.</summary>
    public string? ClientRequestId { get; set; }
}
