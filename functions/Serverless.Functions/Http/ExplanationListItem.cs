using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>An open explanation request as GET /api/explanations lists it.</summary>
public sealed record ExplanationListItem(
    string TaskId, string RequestId, string NoticeNumber, string Content, string LeadAgency, string LeadAgencyName, string Reason,
    DateOnly OverdueDueDate, DateOnly AnswerDueDate, bool AnswerOverdue, DateTimeOffset RequestedAt, string RequestedByRole)
{
    /// <summary>Maps a read-model row; the answer is overdue once the Vietnamese date passes its due date.</summary>
    public static ExplanationListItem From(OpenExplanation e, string leadAgencyName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.TaskId, e.RequestId, e.NoticeNumber, e.Content, e.LeadAgency, leadAgencyName, e.Reason, e.OverdueDueDate,
            e.AnswerDueDate, today > e.AnswerDueDate, e.RequestedAt, e.RequestedByRole);
    }
}
