namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/cancel body.</summary>
public sealed class CancelRequest
{
    /// <summary>Why the task is withdrawn.</summary>
    public string? Reason { get; set; }
}
