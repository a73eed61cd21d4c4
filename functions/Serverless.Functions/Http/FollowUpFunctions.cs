using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Importing;
using Serverless.Grains;
using Serverless.Grains.Storage;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>Explanation requests ("giải trình") and urgings ("đôn đốc"): leaders and the office following tasks up.</summary>
public sealed partial class FollowUpFunctions(ApiGate gate, TaskCommandRunner commands, ExplanationBoard board, AgencyDirectory agencies, TrackingClock clock)
{
    private const int BodyLimit = 64 * 1024;

    /// <summary>A leader or the office asks the lead agency of an overdue task to explain the delay by a date.</summary>
    [Function("RequestExplanation")]
    public Task<IActionResult> RequestExplanationAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/explanations")] HttpRequest request, string taskId,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office], async caller =>
        {
            if (!TrackingIds.IsValidTaskId(taskId)) return TaskCommandRunner.InvalidTaskId();
            var body = await RequestBodyReader.ReadJsonAsync<ExplanationRequestBody>(request, cancellationToken, BodyLimit);
            if (body.Problem is not null) return body.Problem;
            var errors = new FieldErrors();
            var reason = TextInput.Required(body.Value!.Reason, "reason", 2_000, errors, multiline: true);
            var answerDue = TextInput.Date(body.Value.AnswerDueDate, "answerDueDate", errors, required: false);
            var today = clock.Today;
            if (answerDue is { } d && (d <= today || d > today.AddDays(366)))
                errors.Add("answerDueDate", "Hạn gửi giải trình phải sau ngày hôm nay và trong vòng một năm.");
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.Anyone,
                (grain, _) => grain.RequestExplanationAsync(answerDue, reason!, caller.ToActor()));
        });

    /// <summary>The lead agency answers an explanation request; its reminders stop.</summary>
    [Function("AnswerExplanation")]
    public Task<IActionResult> AnswerExplanationAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/explanations/{requestId}/answer")] HttpRequest request,
        string taskId, string requestId, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Agency], async caller =>
        {
            if (!TrackingIds.IsValidTaskId(taskId)) return TaskCommandRunner.InvalidTaskId();
            if (!RequestIdShape().IsMatch(requestId)) return ApiResults.Invalid("requestId", "Mã yêu cầu giải trình có dạng gt1, gt2, ...");
            var body = await RequestBodyReader.ReadJsonAsync<ExplanationAnswerBody>(request, cancellationToken, BodyLimit);
            if (body.Problem is not null) return body.Problem;
            var errors = new FieldErrors();
            var text = TextInput.Required(body.Value!.Text, "text", 8_000, errors, multiline: true);
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.LeadAgencyAnswers,
                (grain, _) => grain.AnswerExplanationAsync(requestId, text!, caller.ToActor()), deniedField: "agency");
        });

    /// <summary>The open explanation requests (all, or one lead agency's), paged: for leaders and the office.</summary>
    [Function("ListExplanations")]
    public Task<IActionResult> ListExplanationsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "explanations")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office], async _ =>
        {
            var (pageSize, token, problem) = Paging.Read(request);
            if (problem is not null) return problem;
            string? agency = request.Query["agency"];
            if (agency is not null && !agencies.Contains(agency)) return ApiResults.Invalid("agency", $"Mã cơ quan không tồn tại: {agency}.");
            try
            {
                var page = await board.ListOpenAsync(agency, token, pageSize, cancellationToken);
                var today = clock.Today;
                return ApiResults.Json(new
                {
                    items = page.Items.Select(e => ExplanationListItem.From(e, agencies.Contains(e.LeadAgency) ? agencies.Get(e.LeadAgency).Name : e.LeadAgency, today)).ToList(),
                    continuationToken = Paging.Encode(page.ContinuationToken),
                });
            }
            catch (RequestFailedException e) when (e.Status == 400)
            {
                return Paging.InvalidToken();
            }
        });

    /// <summary>A leader or the office urges an agency of a task now, at the level chosen; delivered once.</summary>
    [Function("UrgeAgency")]
    public Task<IActionResult> UrgeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tasks/{taskId}/urgings")] HttpRequest request, string taskId,
        CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office], async caller =>
        {
            if (!TrackingIds.IsValidTaskId(taskId)) return TaskCommandRunner.InvalidTaskId();
            var body = await RequestBodyReader.ReadJsonAsync<UrgingBody>(request, cancellationToken, BodyLimit);
            if (body.Problem is not null) return body.Problem;
            var errors = new FieldErrors();
            var value = body.Value!;
            if (value.Agency is not null && !agencies.Contains(value.Agency)) errors.Add("agency", $"Mã cơ quan không tồn tại: {value.Agency}.");
            UrgingLevel? level = value.Level switch
            {
                "agency" => UrgingLevel.Agency,
                "supervisingOffice" => UrgingLevel.SupervisingOffice,
                "leadership" => UrgingLevel.Leadership,
                _ => null,
            };
            if (level is null) errors.Add("level", "Cấp đôn đốc bắt buộc: agency (cơ quan), supervisingOffice (cơ quan quản lý) hoặc leadership (Lãnh đạo).");
            var reason = TextInput.Required(value.Reason, "reason", 2_000, errors, multiline: true);
            if (value.ClientRequestId is { } id && !TrackingIds.IsValidClientRequestId(id))
                errors.Add("clientRequestId", "Mã yêu cầu: 1-64 ký tự chữ, số, '-' hoặc '_'.");
            if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary());

            return await commands.RunAsync(caller, taskId, TaskAccess.Anyone, (grain, task) =>
                grain.UrgeAsync(value.Agency ?? task.Definition.LeadAgency, level!.Value, reason!, caller.ToActor(), value.ClientRequestId));
        });

    [System.Text.RegularExpressions.GeneratedRegex("^gt[0-9]{1,4}$")]
    private static partial System.Text.RegularExpressions.Regex RequestIdShape();
}
