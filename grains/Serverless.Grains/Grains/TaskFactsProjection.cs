using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Grains.Grains;

/// <summary>
/// Derives a task's report facts from its state: the dates it was entered, completed or cancelled, and the history
/// of its due dates with the day each took effect (creation, a leader setting it, an approved extension). Derived
/// from what the state already keeps, so tasks stored before reports existed get the same facts on their next write.
/// </summary>
internal static class TaskFactsProjection
{
    public static TaskFacts From(DirectiveTaskState state, string content)
    {
        var d = state.Definition!;
        var createdOn = VietnamTime.DateOf(state.CreatedAt);
        var initial = d.Timing == TaskTiming.Dated ? d.DueDates.Count : 0;
        var setOn = state.History.Where(h => h.Action == "due-date-set").Select(h => VietnamTime.DateOf(h.At)).ToList();
        var deadlines = new List<IReadOnlyList<DueDateRevision>>();
        for (var i = 0; i < state.DeadlineIds.Count; i++)
        {
            var approved = state.Extensions
                .Where(e => e.DeadlineId == state.DeadlineIds[i] && e.Decision == ExtensionDecision.Approved && e.DecidedAt is not null)
                .OrderBy(e => e.DecidedAt)
                .ToList();
            var effective = i < initial ? createdOn : i - initial < setOn.Count ? setOn[i - initial] : createdOn;
            var revisions = new List<DueDateRevision> { new(effective, approved.Count > 0 ? approved[0].CurrentDueDate : state.DueDates[i]) };
            revisions.AddRange(approved.Select(e => new DueDateRevision(VietnamTime.DateOf(e.DecidedAt!.Value), e.RequestedDueDate)));
            deadlines.Add(revisions);
        }

        var cancelled = state.Status == DirectiveTaskStatus.Cancelled
            ? state.History.LastOrDefault(h => h.Action == "cancelled") is { } entry ? VietnamTime.DateOf(entry.At) : createdOn
            : (DateOnly?)null;
        return new TaskFacts(d.TaskId, d.NoticeId, d.NoticeNumber, d.DirectiveNumber, content, d.LeadAgency, state.CreatedAt,
            state.Status == DirectiveTaskStatus.Completed ? state.CompletedOn : null, cancelled,
            DueDateTimeline.Earliest(deadlines), d.NoticeIssuedOn);
    }
}
