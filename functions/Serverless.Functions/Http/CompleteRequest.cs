namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/complete body (optional).</summary>
public sealed class CompleteRequest
{
    /// <summary>Optional note on the result.</summary>
    public string? Note { get; set; }
}
