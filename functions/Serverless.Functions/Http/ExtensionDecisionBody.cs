namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/extensions/{requestId}/decision body.</summary>
public sealed class ExtensionDecisionBody
{
    /// <summary>True to approve, false to reject.</summary>
    public bool? Approve { get; set; }
    /// <summary>The leader's note.</summary>
    public string? Note { get; set; }
}
