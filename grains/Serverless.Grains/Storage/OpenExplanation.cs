namespace Serverless.Grains.Storage;

/// <summary>An unanswered explanation request, as the leaders' list shows it.</summary>
/// <param name="TaskId">The task concerned.</param>
/// <param name="RequestId">The request within the task ("gt1", ...).</param>
/// <param name="NoticeNumber">The notice's official number.</param>
/// <param name="Content">The task, shortened.</param>
/// <param name="LeadAgency">The agency asked to explain.</param>
/// <param name="Reason">What it was asked to explain.</param>
/// <param name="OverdueDueDate">The task's due date that had passed.</param>
/// <param name="AnswerDueDate">The date the answer is due.</param>
/// <param name="RequestedAt">When it was asked.</param>
/// <param name="RequestedByRole">leader or office.</param>
public sealed record OpenExplanation(
    string TaskId,
    string RequestId,
    string NoticeNumber,
    string Content,
    string LeadAgency,
    string Reason,
    DateOnly OverdueDueDate,
    DateOnly AnswerDueDate,
    DateTimeOffset RequestedAt,
    string RequestedByRole);
