using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Serverless.Functions.Auth;
using Serverless.Functions.Http;

namespace Serverless.Functions.WebApp;

/// <summary>The clerk's upload: a .docx or text PDF in, its plain text out, for POST /api/notices/parse. Stores nothing.</summary>
public sealed partial class NoticeTextFunctions(ApiGate gate, ILogger<NoticeTextFunctions> logger)
{
    /// <summary>Largest file accepted.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Extracts the text of the uploaded file (Content-Type .docx or application/pdf).</summary>
    [Function("NoticeText")]
    public Task<IActionResult> ExtractAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices/text")] HttpRequest request, CancellationToken cancellationToken) =>
        gate.RunAsync(request, [Roles.Office], async _ =>
        {
            var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (type is not (NoticeDocumentText.Docx or NoticeDocumentText.Pdf))
                return ApiResults.Problem(415, "Định dạng tệp không được hỗ trợ", "Chỉ nhận tệp .docx, .pdf (có lớp chữ) hoặc .txt.",
                    new Dictionary<string, string[]> { ["file"] = ["Chỉ nhận tệp .docx, .pdf (có lớp chữ) hoặc .txt."] });
            if (request.ContentLength > MaxFileBytes) return TooLarge();

            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes) return TooLarge();
                buffer.Write(chunk, 0, read);
            }

            string text;
            try
            {
                buffer.Position = 0;
                text = type == NoticeDocumentText.Docx ? NoticeDocumentText.FromDocx(buffer) : NoticeDocumentText.FromPdf(buffer.ToArray());
            }
#pragma warning disable CA1031 // A broken upload of any kind is the clerk's problem to see, not a server error.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogUnreadable(logger, type, e.GetType().Name);
                return ApiResults.Problem(422, "Không đọc được tệp", "Tệp bị hỏng hoặc không đúng định dạng.",
                    new Dictionary<string, string[]> { ["file"] = ["Tệp bị hỏng hoặc không đúng định dạng."] });
            }

            text = text.Normalize(System.Text.NormalizationForm.FormC);
            if (string.IsNullOrWhiteSpace(text))
                return ApiResults.Problem(422, "Tệp không có chữ", "Tệp không có lớp chữ (có thể là bản quét); hãy dán nội dung văn bản.",
                    new Dictionary<string, string[]> { ["file"] = ["Tệp không có lớp chữ (có thể là bản quét)."] });
            return ApiResults.Json(new { text });
        });

    private static IActionResult TooLarge() =>
        ApiResults.Problem(413, "Tệp quá lớn", $"Tệp vượt quá {MaxFileBytes / 1024 / 1024} MB.",
            new Dictionary<string, string[]> { ["file"] = [$"Tối đa {MaxFileBytes / 1024 / 1024} MB."] });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Uploaded notice of type {ContentType} could not be read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string? contentType, string reason);
}
