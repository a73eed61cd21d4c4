using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Delivery;
using Serverless.Functions.Importing;
using Serverless.Functions.Reports;
using Microsoft.Extensions.Options;
using Serverless.Grains;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>Reading tasks and acting on them.</summary>
public sealed class TaskFunctions(ApiGate gate, IGrainFactory grains, TaskIndex taskIndex, AgencyDirectory agencies, TrackingClock clock, TaskCommandRunner commands,
    WorkingDays workingDays, IOptions<ReportOptions> reportOptions, DeliveryLedger deliveries)
{
    private const int CommandBodyLimit = 64 * 1024;

    /// <summary>
    /// One task with its deadlines, reports, history and delivery receipts. An agency sees only its own tasks
    /// (others: 404) and only the copies of notifications sent to itself.
    /// </summary>
    [Function("GetTask")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tasks/{taskId}")] HttpRequest request, string taskId,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            if (!TrackingIds.IsValidTaskId(taskId)) return TaskCommandRunner.InvalidTaskId();
            var task = await grains.GetGrain<IDirectiveTaskGrain>(taskId).GetAsync();
            if (task is null || !TaskAccess.CanSee(caller, task.Definition)) return TaskCommandRunner.TaskNotFound(taskId);
            IReadOnlyList<DeliveryReceipt> receipts;
            try
            {
                receipts = await deliveries.ListForTaskAsync(taskId, cancellationToken);
            }
            catch (Exception e) when (Hosting.StorageFailures.IsUnavailable(e))
            {
                // An active task answers from its grain during a storage outage; only its receipts are left out.
                receipts = [];
            }
            var shown = NotificationDeliveriesView.From(caller.ReadsEverything ? receipts : receipts.Where(r => r.Recipient == caller.Agency));
            return ApiResults.Json(TaskView.From(task, clock.Today) with { Deliveries = shown.Count > 0 ? shown : null });
        });

    /// <summary>
    /// Tasks filtered by agency, status and overdue, from the read model, paged. An agency's list is always its own:
    /// asking for another agency's list answers 404, like an unknown agency.
    /// </summary>
    [Function("ListTasks")]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "tasks")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office, Roles.Agency], async caller =>
        {
            var (pageSize, token, pagingProblem) = Paging.Read(request);
            if (pagingProblem is not null) return pagingProblem;

            var today = clock.Today;
            var (query, problem) = TaskListQueryReader.Read(request, caller, agencies, today, workingDays, reportOptions.Value.DueSoonWorkingDays);
            if (problem is not null) return problem;

            try
            {
                var page = await taskIndex.QueryAsync(query!, token, pageSize, cancellationToken);
                return ApiResults.Json(new
                {
                    items = page.Items.Select(e => TaskListItem.From(e, today)).ToList(),
                    continuationToken = Paging.Encode(page.ContinuationToken),
                });
            }
            catch (Exception e) when (e is InvalidContinuationTokenException or RequestFailedException { Status: 400 })
            {
                return Paging.InvalidToken();
            }
        });

    /// <summary>Records a progress report from an agency involved in the task; retries with the same clientRequestId apply once.</summary>
    [Function("ReportProgress")]
    public Task<IActionResult> ReportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/reports")] HttpRequest request, string taskId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Agency], async caller =>
        {
            if (!TrackingIds.IsValidTaskId(taskId)) return TaskCommandRunner.InvalidTaskId();
            var body = await RequestBodyReader.ReadJsonAsync<ReportRequest>(request, cancellationToken, CommandBodyLimit);
            if (body.Problem is not null) return body.Problem;

            var errors = new FieldErrors();
            var text = TextInput.Required(body.Value!.Text, "text", 4_000, errors, multiline: true);
            if (body.Value.PercentComplete is < 0 or > 100) errors.Add("percentComplete", "Tỷ lệ hoàn thành phải từ 0 đến 100.");
            if (body.Value.ClientRequestId is { } requestId && !TrackingIds.IsValidClientRequestId(requestId))
                errors.Add("clientRequestId", "Mã yêu cầu: 1-64 ký tự chữ, số, '-' hoặc '_'.");
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.Involved,
                (g, _) => g.ReportProgressAsync(text!, body.Value.PercentComplete, caller.ToActor(), body.Value.ClientRequestId));
        });

    /// <summary>Marks a task done: its lead agency, or the office on its behalf.</summary>
    [Function("CompleteTask")]
    public Task<IActionResult> CompleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/complete")] HttpRequest request, string taskId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Agency, Roles.Office], async caller =>
        {
            if (!TrackingIds.IsValidTaskId(taskId)) return TaskCommandRunner.InvalidTaskId();
            var body = await RequestBodyReader.ReadJsonAsync<CompleteRequest>(request, cancellationToken, CommandBodyLimit, allowEmpty: true);
            if (body.Problem is not null) return body.Problem;

            var errors = new FieldErrors();
            var note = TextInput.Optional(body.Value?.Note, "note", 4_000, errors, multiline: true);
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.Completion, (g, _) => g.CompleteAsync(note, caller.ToActor()));
        });

    /// <summary>Withdraws a task. Leaders only.</summary>
    [Function("CancelTask")]
    public Task<IActionResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/cancel")] HttpRequest request, string taskId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader], async caller =>
        {
            if (!TrackingIds.IsValidTaskId(taskId)) return TaskCommandRunner.InvalidTaskId();
            var body = await RequestBodyReader.ReadJsonAsync<CancelRequest>(request, cancellationToken, CommandBodyLimit);
            if (body.Problem is not null) return body.Problem;

            var errors = new FieldErrors();
            var reason = TextInput.Required(body.Value!.Reason, "reason", 2_000, errors, multiline: true);
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.Anyone, (g, _) => g.CancelAsync(reason!, caller.ToActor()));
        });
}
