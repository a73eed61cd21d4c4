using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Serverless.Functions.Auth;
using Serverless.Functions.Importing;
using Serverless.Grains;
using Serverless.Tracking;

namespace Serverless.Functions.Http;

/// <summary>Importing and reading notices.</summary>
public sealed class NoticeFunctions(ApiGate gate, NoticeImporter importer, NoticeImportValidator validator, IGrainFactory grains, Agencies.AgencyDirectoryService directory)
{
    /// <summary>Imports a notice given as structured JSON; idempotent by notice id. Office only.</summary>
    [Function("ImportNotice")]
    public Task<IActionResult> ImportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Office], async caller =>
        {
            var body = await RequestBodyReader.ReadJsonAsync<NoticeImportRequest>(request, cancellationToken);
            if (body.Problem is not null) return body.Problem;

            await directory.RefreshAsync(cancellationToken);
            var errors = new FieldErrors();
            if (validator.Validate(body.Value!, errors) is not { } notice) return ApiResults.Invalid(errors.ToDictionary());
            if (NoticeImportValidator.Untracked(body.Value!, notice) is { IsEmpty: false } untracked)
                return ApiResults.Problem(422, "Thông báo sẽ không được theo dõi đầy đủ",
                    "Có mục chỉ đạo không có cơ quan chủ trì; không có gì được lưu.", untracked.ToDictionary());
            if (await importer.DuplicateOfAsync(notice, cancellationToken) is { } duplicate)
                return ApiResults.Problem(409, "Thông báo đã được nhập", duplicate.Message,
                    new Dictionary<string, string[]> { [duplicate.Field] = [duplicate.Message] });

            var result = await importer.ImportAsync(notice, caller.ToActor());
            return result.Outcome switch
            {
                NoticeImportOutcome.ConflictingContent => ApiResults.Problem(409, "Thông báo đã tồn tại",
                    $"Thông báo '{notice.NoticeId}' đã được nhập với nội dung khác; không có thay đổi nào.",
                    new Dictionary<string, string[]> { ["id"] = ["Mã thông báo đã được dùng cho nội dung khác."] }),
                var outcome => ApiResults.Json(new { noticeId = notice.NoticeId, outcome, taskIds = result.TaskIds },
                    outcome == NoticeImportOutcome.Created ? 201 : 200),
            };
        });

    /// <summary>A notice with its directives and task ids. Leaders and the office.</summary>
    [Function("GetNotice")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notices/{noticeId}")] HttpRequest request, string noticeId) =>
        gate.RunAsync(request, [Roles.Leader, Roles.Office], async _ =>
        {
            if (!TrackingIds.IsValidNoticeId(noticeId)) return ApiResults.Invalid("noticeId", "Mã thông báo không hợp lệ.");
            var notice = await grains.GetGrain<INoticeGrain>(noticeId).GetAsync();
            return notice is null ? ApiResults.NotFound($"Không có thông báo '{noticeId}'.") : ApiResults.Json(NoticeView.From(notice));
        });
}
