namespace Serverless.Grains.Grains;

/// <summary>Why a follow-up command was refused, and the request field it is about.</summary>
/// <param name="Reason">Vietnamese reason.</param>
/// <param name="Field">The field at fault ("taskId", "agency", "answerDueDate", "requestId").</param>
public sealed record FollowUpRefusal(string Reason, string Field);
