using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Serverless.Functions.Http;

/// <summary>
/// Reads JSON bodies inside the function's own code path (so Azure and LocalHost enforce the same limits):
/// size limit, strict UTF-8, depth limit, unknown members refused, and errors that name the field at fault.
/// </summary>
public static class RequestBodyReader
{
    /// <summary>Default body limit: a large notice is well under this.</summary>
    public const int DefaultMaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and deserializes the body, or returns the problem to answer with.</summary>
    public static async Task<BodyReadResult<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken, int maxBytes = DefaultMaxBytes, bool allowEmpty = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = await ReadTextAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (text.Problem is not null) return new(null, text.Problem);
        if (string.IsNullOrWhiteSpace(text.Value))
            return allowEmpty ? new(null, null) : new(null, ApiResults.Invalid("body", "Nội dung yêu cầu trống."));

        try
        {
            var value = JsonSerializer.Deserialize<T>(text.Value, ApiJson.Options);
            return value is null ? new(null, ApiResults.Invalid("body", "Nội dung yêu cầu không được là null.")) : new(value, null);
        }
        catch (JsonException) when (IsCutOff(text.Value))
        {
            // The reader's path names the member it was reading when the text ended, which is not at fault.
            var content = text.Value.TrimEnd();
            var line = content.Count(c => c == '\n') + 1;
            var column = content.Length - content.LastIndexOf('\n') - 1;
            return new(null, ApiResults.Invalid("body",
                $"JSON chưa hoàn chỉnh: nội dung dừng sau ký tự thứ {column} của dòng {line}, khi còn thiếu giá trị hoặc dấu đóng."));
        }
        catch (JsonException e)
        {
            return new(null, ApiResults.Invalid(FieldOf(e.Path), DescribeJsonError(e)));
        }
    }

    /// <summary>Reads the body as strict UTF-8 text within the size limit.</summary>
    public static async Task<BodyReadResult<string>> ReadTextAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes.Problem is not null) return new(null, bytes.Problem);
        try
        {
            return new(StrictUtf8.GetString(bytes.Value!), null);
        }
        catch (DecoderFallbackException)
        {
            return new(null, ApiResults.Invalid("body", "Nội dung yêu cầu không phải UTF-8 hợp lệ."));
        }
    }

    /// <summary>
    /// An uploaded list: the bytes of an Excel sheet when the content type is <paramref name="excelMediaType"/>, else the
    /// body read as strict UTF-8 text (CSV) and given back as its UTF-8 bytes.
    /// </summary>
    public static async Task<BodyReadResult<UploadedList>> ReadListAsync(HttpRequest request, int maxBytes, string excelMediaType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((request.ContentType ?? "").StartsWith(excelMediaType, StringComparison.OrdinalIgnoreCase))
        {
            var bytes = await ReadBytesAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
            return bytes.Problem is not null ? new(null, bytes.Problem) : new(new UploadedList(bytes.Value!, Excel: true), null);
        }
        var text = await ReadTextAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        return text.Problem is not null ? new(null, text.Problem) : new(new UploadedList(Encoding.UTF8.GetBytes(text.Value!), Excel: false), null);
    }

    /// <summary>Reads the body's bytes within the size limit (413 beyond it).</summary>
    public static async Task<BodyReadResult<byte[]>> ReadBytesAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes) return new(null, TooLarge(maxBytes));

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return new(null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }

        return new(buffer.ToArray(), null);
    }

    // True when the text is valid JSON as far as it goes but ends before its value does (a body cut off in transit):
    // it fails as a whole, yet reads without a syntax error when more could follow.
    private static bool IsCutOff(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return !ReadsCleanly(bytes, isFinalBlock: true) && ReadsCleanly(bytes, isFinalBlock: false);
    }

    private static bool ReadsCleanly(byte[] bytes, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock, state: default);
        try
        {
            while (reader.Read())
            {
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static Microsoft.AspNetCore.Mvc.IActionResult TooLarge(int maxBytes) =>
        ApiResults.Problem(413, "Nội dung quá lớn", $"Nội dung yêu cầu vượt quá giới hạn {maxBytes / 1024} KB.",
            new Dictionary<string, string[]> { ["body"] = [$"Tối đa {maxBytes} byte."] });

    // "$.directives[0].number" -> "directives[0].number"; the root itself is "body".
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string DescribeJsonError(JsonException e) => e.Message switch
    {
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "Trường không được hỗ trợ.",
        var m when m.Contains("maximum configured depth", StringComparison.Ordinal) => "JSON lồng nhau quá sâu.",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => "Sai kiểu dữ liệu.",
        var m when m.Contains("missing required properties", StringComparison.Ordinal) => "Thiếu trường bắt buộc.",
        _ => "JSON không hợp lệ.",
    };
}
