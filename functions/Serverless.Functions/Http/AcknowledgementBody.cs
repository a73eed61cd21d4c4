namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/acknowledgements body.</summary>
public sealed class AcknowledgementBody
{
    /// <summary>The reminder or escalation being acknowledged.</summary>
    public string? NotificationId { get; set; }
}
