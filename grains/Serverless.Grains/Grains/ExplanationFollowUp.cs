using Serverless.Grains.Storage;
using Serverless.Tracking;

namespace Serverless.Grains.Grains;

/// <summary>
/// The explanation requests ("giải trình") of one task: asked by a leader or the office, answered by the lead agency,
/// reminded and escalated on the follow-up policy's ladder while unanswered. Works on the task's state; the task
/// grain writes it. Every outbox, due-index and list write is idempotent (deterministic ids and times), so a retry
/// after a failure part-way sends nothing twice.
/// </summary>
public sealed class ExplanationFollowUp(FollowUpServices services, AgencyDirectory agencies)
{
    /// <summary>
    /// Opens a request in the state (nothing else); null when applied, else why not. Once the state is written,
    /// <see cref="PublishAsync"/> delivers it and registers its first check (and the task's repair does again after a
    /// failure in between). An open request refuses a second one.
    /// </summary>
    public FollowUpRefusal? Request(DirectiveTaskState state, DateOnly? answerDueDate, string reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var task = state.Definition!;
        var today = VietnamTime.DateOf(now);
        DateOnly? due = state.DueDates.Count > 0 ? state.DueDates.Min() : null;
        if (state.Explanations.FirstOrDefault(e => e.IsOpen) is { } open)
            return new FollowUpRefusal($"Đã có yêu cầu giải trình {open.RequestId} đang chờ {LeadName(task)} trả lời.", "taskId");
        if (TaskStatusRules.RefuseExplanationRequest(state.Status, due, today) is { } refused) return new FollowUpRefusal(refused, "taskId");
        var answerDue = answerDueDate ?? services.WorkingDays.Add(today, services.Policy.AnswerWithinWorkingDays);
        if (answerDue <= today) return new FollowUpRefusal("Hạn gửi giải trình phải sau ngày hôm nay.", "answerDueDate");

        var request = new ExplanationState
        {
            RequestId = TrackingIds.ExplanationCheck(state.Explanations.Count + 1),
            Reason = reason,
            RequestedBy = actor,
            RequestedAt = now,
            OverdueDueDate = due!.Value,
            AnswerDueDate = answerDue,
            Ladder = services.Policy.Explanation.Ladder,
            Recipients = services.Policy.Explanation.RecipientsFor(agencies, task.LeadAgency, []),
        };
        // Stages already past when the request is made (an answer due tomorrow) are not sent: the request itself just was.
        var schedule = Schedule(request);
        if (schedule.CurrentAt(now) is { } passed)
        {
            for (var i = 0; i <= passed.Index; i++) request.StagesSkipped.Add(schedule.StageAt(i)!.Name);
            request.LastHandledStage = passed.Index;
        }
        request.NextCheckAt = schedule.StageAt(request.LastHandledStage + 1)?.At;

        state.Explanations.Add(request);
        state.History.Add(new HistoryEntry(now, "explanation-requested", actor,
            $"Yêu cầu {LeadName(task)} giải trình ({request.RequestId}) việc chậm thực hiện nhiệm vụ (hạn {FollowUpMessages.Format(request.OverdueDueDate)}), " +
            $"hạn gửi giải trình {FollowUpMessages.Format(answerDue)}: {reason}"));
        return null;
    }

    /// <summary>
    /// Delivers a written request to the lead agency and lists it for leaders. Idempotent: the notification id and
    /// its time come from the request, so a second call collides with the first instead of sending again.
    /// </summary>
    public async Task PublishAsync(DirectiveTaskState state, ExplanationState request, DateTimeOffset now)
    {
        await DeliverAsync(state, request);
        if (request.IsOpen && request.NextCheckAt is { } next)
            await services.DueIndex.ScheduleAsync(TrackingIds.ExplanationId(state.Definition!.TaskId, Index(request.RequestId)), next, now);
    }

    // The request's notification and its list row; both keyed by the request, so a repeat changes nothing.
    private async Task DeliverAsync(DirectiveTaskState state, ExplanationState request)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        var task = state.Definition!;
        await services.Outbox.AddAsync(new Notification($"{TrackingIds.ExplanationId(task.TaskId, Index(request.RequestId))}.request", task.LeadAgency,
            "explanation-request", 1, $"{request.RequestId}.request", task.TaskId, request.AnswerDueDate, request.RequestedAt, request.RequestedAt,
            FollowUpMessages.ExplanationRequested(task, LeadName(task), request), DispatchStates.Pending));
        if (request.IsOpen)
            await services.Board.OpenAsync(new OpenExplanation(task.TaskId, request.RequestId, task.NoticeNumber, Shorten(task.Content),
                task.LeadAgency, request.Reason, request.OverdueDueDate, request.AnswerDueDate, request.RequestedAt, request.RequestedBy.Role));
    }

    /// <summary>Records the lead agency's answer in the state; null when applied, else why not. Once the state is
    /// written, <see cref="CloseAsync"/> takes it off the list.</summary>
    public FollowUpRefusal? Answer(DirectiveTaskState state, string requestId, string answer, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(actor);
        var task = state.Definition!;
        var request = state.Explanations.FirstOrDefault(e => e.RequestId == requestId);
        if (request is null) return new FollowUpRefusal($"Nhiệm vụ không có yêu cầu giải trình '{requestId}'.", "requestId");
        if (actor.Agency != task.LeadAgency)
            return new FollowUpRefusal($"Chỉ cơ quan chủ trì ({LeadName(task)}) gửi giải trình cho yêu cầu này.", "agency");
        if (!request.IsOpen) return new FollowUpRefusal($"Yêu cầu giải trình {requestId} đã được trả lời.", "requestId");

        request.Answer = answer;
        request.AnsweredBy = actor;
        request.AnsweredAt = now;
        request.NextCheckAt = null;
        state.History.Add(new HistoryEntry(now, "explanation-answered", actor, $"Giải trình ({requestId}): {answer}"));
        return null;
    }

    /// <summary>Takes an answered request off the leaders' list (idempotent).</summary>
    public Task CloseAsync(DirectiveTaskState state, string requestId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return services.Board.CloseAsync(state.Definition!.TaskId, requestId);
    }

    /// <summary>The sweep's check of request <paramref name="requestId"/>.</summary>
    public async Task<DeadlineCheckResult> CheckAsync(DirectiveTaskState state, string requestId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = state.Explanations.FirstOrDefault(e => e.RequestId == requestId);
        if (request is null || !request.IsOpen) return new DeadlineCheckResult(null, [], null);

        var task = state.Definition!;
        var step = LadderWalk.Advance(Schedule(request), request.LastHandledStage, now);
        if (step.Notify is { } stage)
        {
            var recipient = request.Recipients!.ForLevel(stage.Level);
            await services.Outbox.AddAsync(new Notification(
                TrackingIds.NotificationId(TrackingIds.ExplanationId(task.TaskId, Index(requestId)), stage.Name), recipient,
                stage.Level == 0 ? "explanation-reminder" : "explanation-escalation", stage.Level, $"{requestId}.{stage.Name}", task.TaskId,
                request.AnswerDueDate, stage.At, now, FollowUpMessages.ExplanationStage(task, LeadName(task), request, stage), DispatchStates.Pending));
            request.StagesSent.Add(stage.Name);
            request.StagesSkipped.AddRange(step.Skipped.Select(s => s.Name));
            state.History.Add(new HistoryEntry(now, stage.Level == 0 ? "explanation-reminded" : "explanation-escalated", Actor.System,
                $"Yêu cầu giải trình {requestId} chưa được trả lời: đã gửi {(stage.Level == 0 ? "lời nhắc" : "báo cáo")} tới {agencies.Get(recipient).Name} ({stage.Name})."));
        }
        request.LastHandledStage = step.LastHandled;
        request.NextCheckAt = step.Next?.At;
        return new DeadlineCheckResult(step.Notify is null ? null : $"{requestId}.{step.Notify.Name}",
            step.Skipped.Select(s => $"{requestId}.{s.Name}").ToList(), request.NextCheckAt);
    }

    /// <summary>What callers see of a request.</summary>
    public static ExplanationSnapshot Snapshot(ExplanationState request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.RequestId, request.Reason, request.RequestedBy, request.RequestedAt, request.OverdueDueDate, request.AnswerDueDate,
            request.StagesSent.ToList(), request.NextCheckAt, request.Answer, request.AnsweredBy, request.AnsweredAt,
            request.Ladder?.PolicyVersion ?? "");
    }

    private LadderSchedule Schedule(ExplanationState request) =>
        new(request.Ladder!, request.AnswerDueDate, services.WorkingDays.Add);

    private string LeadName(TaskDefinition task) => agencies.Get(task.LeadAgency).Name;

    private static int Index(string requestId) => int.Parse(requestId.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string content) => content.Length <= 300 ? content : content[..297] + "...";
}
