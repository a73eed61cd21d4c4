namespace Serverless.Functions.Http;

/// <summary>POST /api/tasks/{id}/explanations body.</summary>
public sealed class ExplanationRequestBody
{
    /// <summary>What the lead agency must explain.</summary>
    public string? Reason { get; set; }
    /// <summary>The date the answer is due (yyyy-MM-dd); omitted: the policy's working days from today.</summary>
    public string? AnswerDueDate { get; set; }
}
