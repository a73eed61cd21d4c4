using System.Globalization;
using System.Text;
using Serverless.Tracking;

namespace Serverless.Notices;

/// <summary>Suggests a notice id from its issuer and number (or date when it has no number): "van-phong-tinh-uy-125-tb-tu".</summary>
public static class NoticeIds
{
    private const int MaxIssuerPart = 32;

    /// <summary>The suggested id, or null when the issuer or both number and date are unknown.</summary>
    public static string? Suggest(string? issuer, string? number, DateOnly? issuedOn)
    {
        if (issuer is null || (number is null && issuedOn is null))
            return null;
        var issuerPart = Slug(issuer);
        if (issuerPart.Length > MaxIssuerPart)
            issuerPart = issuerPart[..MaxIssuerPart].TrimEnd('-');
        var tail = number is not null ? Slug(number) : issuedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = $"{issuerPart}-{tail}".Trim('-');
        if (id.Length > 64)
            id = id[..64].TrimEnd('-');
        return TrackingIds.IsValidNoticeId(id) ? id : null;
    }

    /// <summary>Lower-case ASCII words joined by '-': diacritics dropped, "đ" as "d".</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var lower = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        return builder.ToString().Trim('-');
    }
}
