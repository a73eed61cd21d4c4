using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Importing;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>Extensions ("gia hạn"), acknowledgements ("đã nhận") and dates for conditional tasks.</summary>
public sealed class TaskWorkflowFunctions(ApiGate gate, TaskCommandRunner commands, TrackingClock clock)
{
    private const int BodyLimit = 64 * 1024;

    /// <summary>The lead agency asks for a later due date, with a reason.</summary>
    [Function("RequestExtension")]
    public Task<IActionResult> RequestExtensionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/extensions")] HttpRequest request, string taskId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Agency], async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<ExtensionRequestBody>(request, cancellationToken, BodyLimit);
            if (body.Problem is not null) return body.Problem;
            var errors = new FieldErrors();
            var date = TextInput.Date(body.Value!.RequestedDueDate, "requestedDueDate", errors, required: true);
            if (date < clock.Today) errors.Add("requestedDueDate", $"Ngày đề nghị gia hạn đã qua (hôm nay là {clock.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).");
            var reason = TextInput.Required(body.Value.Reason, "reason", 2_000, errors, multiline: true);
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.LeadAgencyOnly, (grain, task) =>
            {
                var deadlineId = body.Value.DeadlineId ?? (task.Deadlines.Count == 1 ? task.Deadlines[0].DeadlineId : "");
                return grain.RequestExtensionAsync(deadlineId, date!.Value, reason!, caller.ToActor());
            });
        });

    /// <summary>A leader approves or rejects a pending extension request.</summary>
    [Function("DecideExtension")]
    public Task<IActionResult> DecideExtensionAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/extensions/{requestId}/decision")] HttpRequest request,
        string taskId, string requestId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader], async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<ExtensionDecisionBody>(request, cancellationToken, BodyLimit);
            if (body.Problem is not null) return body.Problem;
            var errors = new FieldErrors();
            if (body.Value!.Approve is null) errors.Add("approve", "Trường bắt buộc: true (đồng ý) hoặc false (không đồng ý).");
            var note = TextInput.Optional(body.Value.Note, "note", 2_000, errors, multiline: true);
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.Anyone,
                (grain, _) => grain.DecideExtensionAsync(requestId, body.Value.Approve!.Value, note, caller.ToActor()));
        });

    /// <summary>An agency involved in the task acknowledges a reminder or escalation it received.</summary>
    [Function("AcknowledgeNotification")]
    public Task<IActionResult> AcknowledgeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/acknowledgements")] HttpRequest request, string taskId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Agency], async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<AcknowledgementBody>(request, cancellationToken, BodyLimit);
            if (body.Problem is not null) return body.Problem;
            var id = body.Value!.NotificationId;
            if (string.IsNullOrWhiteSpace(id) || id.Length > 200 || id.Any(c => char.IsControl(c) || c is '/' or '\\' or '#' or '?'))
                return ApiResults.Invalid("notificationId", "Mã thông báo bắt buộc và không chứa ký tự / \\ # ?.");

            return await commands.RunAsync(caller, taskId, TaskAccess.Involved, (grain, _) => grain.AcknowledgeAsync(id, caller.ToActor()));
        });

    /// <summary>A leader sets the date of a conditional task once its condition is met.</summary>
    [Function("SetDueDate")]
    public Task<IActionResult> SetDueDateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/due-date")] HttpRequest request, string taskId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader], async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<DueDateBody>(request, cancellationToken, BodyLimit);
            if (body.Problem is not null) return body.Problem;
            var errors = new FieldErrors();
            var date = TextInput.Date(body.Value!.DueDate, "dueDate", errors, required: true);
            if (date < clock.Today) errors.Add("dueDate", $"Thời hạn không thể là ngày đã qua (hôm nay là {clock.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).");
            var note = TextInput.Optional(body.Value.Note, "note", 2_000, errors, multiline: true);
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.Anyone, (grain, _) => grain.SetDueDateAsync(date!.Value, note, caller.ToActor()));
        });
}
