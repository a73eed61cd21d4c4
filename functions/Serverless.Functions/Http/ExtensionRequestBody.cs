namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/extensions body.</summary>
public sealed class ExtensionRequestBody
{
    /// <summary>The deadline to move; may be omitted when the task has one deadline.</summary>
    public string? DeadlineId { get; set; }
    /// <summary>The date asked for (yyyy-MM-dd).</summary>
    public string? RequestedDueDate { get; set; }
    /// <summary>Why more time is needed.</summary>
    public string? Reason { get; set; }
}
