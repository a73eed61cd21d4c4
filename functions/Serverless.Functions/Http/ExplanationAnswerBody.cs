namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/explanations/{requestId}/answer body.</summary>
public sealed class ExplanationAnswerBody
{
    /// <summary>The lead agency's explanation.</summary>
    public string? Text { get; set; }
}
