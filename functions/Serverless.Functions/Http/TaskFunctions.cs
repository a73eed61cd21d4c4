using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Importing;
using Serverless.Grains;
using Serverless.Grains.Domain;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>Reading tasks and acting on them.</summary>
public sealed class TaskFunctions(IGrainFactory grains, TaskIndex taskIndex, AgencyDirectory agencies, TrackingClock clock)
{
    /// <summary>One task with its deadlines, reports and history.</summary>
    [Function("GetTask")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tasks/{taskId}")] HttpRequest request, string taskId)
    {
        if (!TrackingIds.IsValidTaskId(taskId)) return InvalidTaskId();
        var task = await grains.GetGrain<IDirectiveTaskGrain>(taskId).GetAsync();
        return task is null ? TaskNotFound(taskId) : ApiResults.Json(TaskView.From(task, clock.Today));
    }

    /// <summary>Tasks filtered by agency, status and overdue, from the read model, paged.</summary>
    [Function("ListTasks")]
    public async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tasks")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (pageSize, token, pagingProblem) = Paging.Read(request);
        if (pagingProblem is not null) return pagingProblem;

        string? agency = request.Query["agency"];
        if (agency is not null && !agencies.Contains(agency)) return ApiResults.Invalid("agency", $"Mã cơ quan không tồn tại: {agency}.");

        DirectiveTaskStatus? status = null;
        if (request.Query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!Enum.TryParse<DirectiveTaskStatus>(statusText, ignoreCase: true, out var parsed) || int.TryParse(statusText, out _))
                return ApiResults.Invalid("status", "Trạng thái phải là inProgress, completed hoặc cancelled.");
            status = parsed;
        }

        var overdue = false;
        if (request.Query["overdue"].ToString() is { Length: > 0 } overdueText && !bool.TryParse(overdueText, out overdue))
            return ApiResults.Invalid("overdue", "Giá trị phải là true hoặc false.");

        var today = clock.Today;
        try
        {
            var page = await taskIndex.QueryAsync(new TaskQuery(agency, status, overdue ? today : null), token, pageSize, cancellationToken);
            return ApiResults.Json(new
            {
                items = page.Items.Select(e => TaskListItem.From(e, today)).ToList(),
                continuationToken = Paging.Encode(page.ContinuationToken),
            });
        }
        catch (RequestFailedException e) when (e.Status == 400)
        {
            return ApiResults.Invalid("continuationToken", "Mã trang tiếp theo không hợp lệ.");
        }
    }

    /// <summary>Records a progress report.</summary>
    [Function("ReportProgress")]
    public async Task<IActionResult> ReportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/reports")] HttpRequest request, string taskId, CancellationToken cancellationToken)
    {
        if (!TrackingIds.IsValidTaskId(taskId)) return InvalidTaskId();
        var body = await RequestBodyReader.ReadJsonAsync<ReportRequest>(request, cancellationToken, maxBytes: 64 * 1024);
        if (body.Problem is not null) return body.Problem;

        var errors = new FieldErrors();
        var text = TextInput.Required(body.Value!.Text, "text", 4_000, errors, multiline: true);
        if (body.Value.PercentComplete is < 0 or > 100) errors.Add("percentComplete", "Tỷ lệ hoàn thành phải từ 0 đến 100.");
        if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

        return await RunCommandAsync(taskId, g => g.ReportProgressAsync(text!, body.Value.PercentComplete, Callers.ActorOf(request)));
    }

    /// <summary>Marks a task done.</summary>
    [Function("CompleteTask")]
    public async Task<IActionResult> CompleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/complete")] HttpRequest request, string taskId, CancellationToken cancellationToken)
    {
        if (!TrackingIds.IsValidTaskId(taskId)) return InvalidTaskId();
        var body = await RequestBodyReader.ReadJsonAsync<CompleteRequest>(request, cancellationToken, maxBytes: 64 * 1024, allowEmpty: true);
        if (body.Problem is not null) return body.Problem;

        var errors = new FieldErrors();
        var note = TextInput.Optional(body.Value?.Note, "note", 4_000, errors, multiline: true);
        if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

        return await RunCommandAsync(taskId, g => g.CompleteAsync(note, Callers.ActorOf(request)));
    }

    /// <summary>Withdraws a task.</summary>
    [Function("CancelTask")]
    public async Task<IActionResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/cancel")] HttpRequest request, string taskId, CancellationToken cancellationToken)
    {
        if (!TrackingIds.IsValidTaskId(taskId)) return InvalidTaskId();
        var body = await RequestBodyReader.ReadJsonAsync<CancelRequest>(request, cancellationToken, maxBytes: 64 * 1024);
        if (body.Problem is not null) return body.Problem;

        var errors = new FieldErrors();
        var reason = TextInput.Required(body.Value!.Reason, "reason", 2_000, errors, multiline: true);
        if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

        return await RunCommandAsync(taskId, g => g.CancelAsync(reason!, Callers.ActorOf(request)));
    }

    private async Task<IActionResult> RunCommandAsync(string taskId, Func<IDirectiveTaskGrain, Task<TaskCommandResult>> command)
    {
        var grain = grains.GetGrain<IDirectiveTaskGrain>(taskId);
        // Check existence first: commands on a task that was never created must not create anything.
        if (await grain.GetAsync() is null) return TaskNotFound(taskId);
        var result = await command(grain);
        return result.Applied ? ApiResults.Json(TaskView.From(result.Task!, clock.Today)) : ApiResults.Conflict(result.RefusalReason!);
    }

    private static IActionResult InvalidTaskId() =>
        ApiResults.Invalid("taskId", "Mã nhiệm vụ không hợp lệ (dạng {mã thông báo}.{số mục}.{số nhiệm vụ}).");

    private static IActionResult TaskNotFound(string taskId) => ApiResults.NotFound($"Không có nhiệm vụ '{taskId}'.");
}
