using System.Text;

namespace Serverless.Notices;

/// <summary>Rejects what cannot be a notice's text before any parsing starts.</summary>
internal static class InputGuard
{
    /// <summary>The largest text accepted, in UTF-8 bytes.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The text in NFC; throws <see cref="NoticeParseException"/> for empty, oversized, binary or badly encoded text.</summary>
    public static string Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new NoticeParseException("Văn bản thông báo trống.");
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
            throw new NoticeParseException("Văn bản thông báo quá lớn (tối đa 5 MB).");

        var controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || c == '\uFFFD')
                throw new NoticeParseException("Văn bản chứa dữ liệu nhị phân hoặc ký tự không hợp lệ; hãy gửi văn bản thuần UTF-8.");
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
                throw new NoticeParseException("Văn bản chứa ký tự không hợp lệ; hãy gửi văn bản thuần UTF-8.");
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
                controls++;
        }

        // PDF extraction leaves the odd control character; many of them mean the bytes were not text.
        if (controls > 8 && controls * 100 > text.Length)
            throw new NoticeParseException("Văn bản chứa dữ liệu nhị phân; hãy gửi văn bản thuần UTF-8.");
        return text.Normalize(NormalizationForm.FormC);
    }
}
