namespace Serverless.Grains;

/// <summary>One task of a directive, keyed by its task id.</summary>
public interface IDirectiveTaskGrain : IGrainWithStringKey
{
    /// <summary>Creates the task and schedules its deadlines; calling it again changes nothing.</summary>
    Task<TaskSnapshot> CreateAsync(TaskDefinition definition, Actor actor);

    /// <summary>The task, or null when it does not exist.</summary>
    Task<TaskSnapshot?> GetAsync();

    /// <summary>
    /// Records a progress report; refused unless the task is in progress. A retried request with the same
    /// <paramref name="clientRequestId"/> is applied once.
    /// </summary>
    Task<TaskCommandResult> ReportProgressAsync(string text, int? percentComplete, Actor actor, string? clientRequestId = null);

    /// <summary>Marks the task done and stops its ladders; refused unless it is in progress.</summary>
    Task<TaskCommandResult> CompleteAsync(string? note, Actor actor);

    /// <summary>Withdraws the task and stops its ladders; refused unless it is in progress.</summary>
    Task<TaskCommandResult> CancelAsync(string reason, Actor actor);
}
