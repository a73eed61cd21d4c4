using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Serverless.Functions.Http;

/// <summary>Builds every response body the API sends, so both hosts answer byte for byte the same.</summary>
public static class ApiResults
{
    /// <summary>A JSON body with a status code.</summary>
    public static IActionResult Json(object value, int status = 200) => new ContentResult
    {
        StatusCode = status,
        ContentType = "application/json; charset=utf-8",
        Content = JsonSerializer.Serialize(value, value.GetType(), ApiJson.Options),
    };

    /// <summary>A problem detail.</summary>
    public static IActionResult Problem(int status, string title, string? detail = null, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new ContentResult
        {
            StatusCode = status,
            ContentType = "application/problem+json; charset=utf-8",
            Content = JsonSerializer.Serialize(
                new ProblemBody($"https://httpstatuses.io/{status}", title, status, detail, errors), ApiJson.Options),
        };

    /// <summary>400 naming one field.</summary>
    public static IActionResult Invalid(string field, string message) =>
        Problem(400, "Dữ liệu không hợp lệ", message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>400 naming several fields.</summary>
    public static IActionResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Problem(400, "Dữ liệu không hợp lệ", "Một hoặc nhiều trường không hợp lệ.", errors);

    /// <summary>404 for a resource the caller cannot see.</summary>
    public static IActionResult NotFound(string what) => Problem(404, "Không tìm thấy", what);

    /// <summary>
    /// 503 while storage or the cluster cannot be reached, with Retry-After. The command may or may not have been
    /// recorded; repeating it is safe (commands are idempotent or refused as already done).
    /// </summary>
    public static IActionResult Unavailable(string detail) => new RetryAfterResult(
        Problem(503, "Dịch vụ tạm thời gián đoạn", detail), Hosting.StorageResilience.RetryAfterSeconds);

    /// <summary>409 for a command the resource's state refuses; naming the field the refusal is about, when there is one.</summary>
    public static IActionResult Conflict(string reason, string? field = null) => Problem(409, "Thao tác không được phép ở trạng thái hiện tại", reason,
        field is null ? null : new Dictionary<string, string[]> { [field] = [reason] });
}
