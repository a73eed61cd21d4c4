using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Serverless.Functions.Http;

/// <summary>Page size and continuation token from the query string; tokens are opaque base64url strings.</summary>
public static class Paging
{
    /// <summary>Default page size.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Reads pageSize and continuationToken, or returns the problem to answer with.</summary>
    public static (int PageSize, string? StorageToken, IActionResult? Problem) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pageSize = DefaultPageSize;
        if (request.Query.TryGetValue("pageSize", out var sizeText) &&
            (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
            return (0, null, ApiResults.Invalid("pageSize", $"Kích thước trang phải từ 1 đến {MaxPageSize}."));

        if (!request.Query.TryGetValue("continuationToken", out var token) || string.IsNullOrEmpty(token))
            return (pageSize, null, null);
        try
        {
            return (pageSize, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.ToString())), null);
        }
        catch (FormatException)
        {
            return (0, null, InvalidToken());
        }
    }

    /// <summary>400 for a continuation token that is not one we issued (bad encoding, or storage refused it).</summary>
    public static IActionResult InvalidToken() => ApiResults.Invalid("continuationToken", "Mã trang tiếp theo không hợp lệ.");

    /// <summary>Wraps a storage token for the client.</summary>
    public static string? Encode(string? storageToken) =>
        storageToken is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(storageToken));
}
