using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Serverless.Functions.Http;

namespace Serverless.Functions.Auth;

/// <summary>
/// The cross-cutting part of every HTTP function, kept in the functions' own code path (not in host middleware)
/// so the Function App and LocalHost run it identically: authenticate, check the role, map unexpected failures to
/// a problem detail (503 with Retry-After when storage or the cluster is out of reach, 500 otherwise).
/// </summary>
public sealed partial class ApiGate(TokenValidator validator, ILogger<ApiGate> logger)
{
    /// <summary>Runs <paramref name="handler"/> for a caller holding one of <paramref name="roles"/>.</summary>
    public async Task<IActionResult> RunAsync(HttpRequest request, IReadOnlyCollection<string> roles, Func<Caller, Task<IActionResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(handler);
        try
        {
            var auth = await validator.AuthenticateAsync(request, request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (auth.Caller is null) return ApiResults.Problem(401, "Chưa xác thực", auth.Failure);
            if (!roles.Contains(auth.Caller.Role))
                return ApiResults.Problem(403, "Không có quyền", $"Vai trò '{auth.Caller.Role}' không được thực hiện thao tác này.");
            return await handler(auth.Caller).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return ApiResults.Problem(499, "Yêu cầu đã bị hủy");
        }
        catch (Exception e) when (Hosting.StorageFailures.IsUnavailable(e))
        {
            LogUnavailable(logger, e, request.Path.Value ?? "");
            return ApiResults.Unavailable(
                $"Kho dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau {Hosting.StorageResilience.RetryAfterSeconds} giây; gửi lại cùng thao tác là an toàn.");
        }
#pragma warning disable CA1031 // Every failure must still answer with a problem detail; the exception is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e, request.Path.Value ?? "");
            return ApiResults.Problem(500, "Lỗi hệ thống", "Đã xảy ra lỗi không mong muốn; vui lòng thử lại sau.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request to {Path} refused: storage or the cluster is unreachable")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request to {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}
