using Microsoft.AspNetCore.Mvc;
using Serverless.Functions.Auth;
using Serverless.Grains;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>Runs a command on a task the caller can see, and answers with the task, a 404, a 403 or a 409.</summary>
public sealed class TaskCommandRunner(IGrainFactory grains, TrackingClock clock)
{
    /// <summary>
    /// Checks existence, visibility and permission, then runs the command. A refusal by permission names
    /// <paramref name="deniedField"/> when given; a refusal by the task names the field the grain gives.
    /// </summary>
    public async Task<IActionResult> RunAsync(Caller caller, string taskId, TaskRule rule,
        Func<IDirectiveTaskGrain, TaskSnapshot, Task<TaskCommandResult>> command, string? deniedField = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(command);
        if (!TrackingIds.IsValidTaskId(taskId)) return InvalidTaskId();
        var grain = grains.GetGrain<IDirectiveTaskGrain>(taskId);
        // Existence and visibility first: a task the caller cannot see answers exactly like one that does not exist,
        // and commands on a task that was never created must not create anything.
        var current = await grain.GetAsync().ConfigureAwait(false);
        if (current is null || !TaskAccess.CanSee(caller, current.Definition)) return TaskNotFound(taskId);
        if (!rule.Allows(caller, current.Definition))
        {
            return ApiResults.Problem(403, "Không có quyền", rule.Refusal,
                deniedField is null ? null : new Dictionary<string, string[]> { [deniedField] = [rule.Refusal] });
        }

        var result = await command(grain, current).ConfigureAwait(false);
        return result.Applied
            ? ApiResults.Json(TaskView.From(result.Task!, clock.Today))
            : ApiResults.Conflict(result.RefusalReason!, result.RefusalField);
    }

    /// <summary>400 for a task id of the wrong shape.</summary>
    public static IActionResult InvalidTaskId() =>
        ApiResults.Invalid("taskId", "Mã nhiệm vụ không hợp lệ (dạng {mã thông báo}.{số mục}.{số nhiệm vụ}).");

    /// <summary>404 for a task that does not exist or that the caller cannot see.</summary>
    public static IActionResult TaskNotFound(string taskId) => ApiResults.NotFound($"Không có nhiệm vụ '{taskId}'.");
}
