using Orleans.Concurrency;

namespace Serverless.Grains;

/// <summary>One task of a directive, keyed by its task id.</summary>
public interface IDirectiveTaskGrain : IGrainWithStringKey
{
    /// <summary>Creates the task and schedules its deadlines; calling it again changes nothing.</summary>
    Task<TaskSnapshot> CreateAsync(TaskDefinition definition, Actor actor);

    /// <summary>The task, or null when it does not exist.</summary>
    [ReadOnly]
    Task<TaskSnapshot?> GetAsync();

    /// <summary>
    /// Records a progress report; refused unless the task is in progress. A retried request with the same
    /// <paramref name="clientRequestId"/> is applied once.
    /// </summary>
    Task<TaskCommandResult> ReportProgressAsync(string text, int? percentComplete, Actor actor, string? clientRequestId = null);

    /// <summary>Marks the task done and stops its ladders; refused unless it is in progress.</summary>
    Task<TaskCommandResult> CompleteAsync(string? note, Actor actor);

    /// <summary>An agency asks for a later due date on one deadline; one pending request per deadline.</summary>
    Task<TaskCommandResult> RequestExtensionAsync(string deadlineId, DateOnly requestedDueDate, string reason, Actor actor);

    /// <summary>A leader approves (the deadline moves, its ladder restarts) or rejects a pending request.</summary>
    Task<TaskCommandResult> DecideExtensionAsync(string requestId, bool approve, string? note, Actor actor);

    /// <summary>An agency acknowledges a reminder or escalation ("đã nhận"); recorded in the history once.</summary>
    Task<TaskCommandResult> AcknowledgeAsync(string notificationId, Actor actor);

    /// <summary>A leader sets the date of a conditional task: it becomes dated and its ladder starts.</summary>
    Task<TaskCommandResult> SetDueDateAsync(DateOnly dueDate, string? note, Actor actor);

    /// <summary>
    /// Notes in the history that a notification of this task could not be delivered and the delivery worker gave up;
    /// the same detail is recorded once. Does nothing for a task that does not exist.
    /// </summary>
    Task RecordDeliveryFailureAsync(string notificationId, string detail);

    /// <summary>Withdraws the task and stops its ladders; refused unless it is in progress.</summary>
    Task<TaskCommandResult> CancelAsync(string reason, Actor actor);

    /// <summary>
    /// A leader or the office asks the lead agency of an overdue task to explain the delay ("giải trình") by
    /// <paramref name="answerDueDate"/> (null: the policy's working days from today). The request is delivered at
    /// once; unanswered, it is reminded and escalated on its own ladder. One open request per task.
    /// </summary>
    Task<TaskCommandResult> RequestExplanationAsync(DateOnly? answerDueDate, string reason, Actor actor);

    /// <summary>The lead agency answers an open explanation request; its ladder stops.</summary>
    Task<TaskCommandResult> AnswerExplanationAsync(string requestId, string answer, Actor actor);

    /// <summary>
    /// A leader or the office urges ("đôn đốc") an agency of the task now, at a chosen level. Delivered once: a retried
    /// request with the same <paramref name="clientRequestId"/> is applied once, and its notification id is deterministic.
    /// </summary>
    Task<TaskCommandResult> UrgeAsync(string agency, UrgingLevel level, string reason, Actor actor, string? clientRequestId = null);

    /// <summary>
    /// The sweep's check of a follow-up the task keeps ("gt{n}": an explanation request; "quiet": the quiet-progress
    /// watch): sends the stage current at <paramref name="now"/> if it was not sent yet. Idempotent.
    /// </summary>
    Task<DeadlineCheckResult> CheckFollowUpAsync(string check, DateTimeOffset now);
}
