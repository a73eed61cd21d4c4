using System.Globalization;

namespace Serverless.Functions.Importing;

/// <summary>Checks and normalises user text: NFC, trimmed, no control characters, within a length limit.</summary>
public static class TextInput
{
    /// <summary>The NFC form of a required field, or null after reporting why it is unacceptable.</summary>
    public static string? Required(string? value, string field, int maxLength, FieldErrors errors, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Trường bắt buộc.");
            return null;
        }
        return Optional(value, field, maxLength, errors, multiline);
    }

    /// <summary>The NFC form of an optional field (null stays null), or null after reporting a problem.</summary>
    public static string? Optional(string? value, string field, int maxLength, FieldErrors errors, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null) return null;
        // A JSON escape such as \ud800 yields a lone surrogate, which cannot be normalised: refuse it.
        if (!TryNormalize(value, out var normalized))
        {
            errors.Add(field, "Văn bản chứa ký tự Unicode không hợp lệ.");
            return null;
        }
        var text = normalized.Trim();
        if (text.Any(c => IsForbiddenControl(c, multiline)))
        {
            errors.Add(field, "Văn bản chứa ký tự điều khiển.");
            return null;
        }
        if (new StringInfo(text).LengthInTextElements > maxLength)
        {
            errors.Add(field, $"Dài quá {maxLength} ký tự.");
            return null;
        }
        return text;
    }

    /// <summary>Parses a yyyy-MM-dd calendar date between 2000 and 2100, or reports why not.</summary>
    public static DateOnly? Date(string? value, string field, FieldErrors errors, bool required)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null)
        {
            if (required) errors.Add(field, "Trường bắt buộc.");
            return null;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(field, "Ngày không hợp lệ (định dạng yyyy-MM-dd, ví dụ 2023-09-30).");
            return null;
        }
        if (date.Year is < 2000 or > 2100)
        {
            errors.Add(field, "Ngày phải trong khoảng năm 2000 đến 2100.");
            return null;
        }
        return date;
    }

    private static bool IsForbiddenControl(char c, bool multiline) =>
        char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t');

    private static bool TryNormalize(string value, out string normalized)
    {
        try
        {
            normalized = value.Normalize();
            return true;
        }
        catch (ArgumentException)
        {
            normalized = "";
            return false;
        }
    }
}
