using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Notices;

/// <summary>
/// The short title of a directive for reminders and lists: its first clause, without the "Giao … chủ trì" assignment,
/// a heading line that only names the agency, parentheses and the deadline.
/// </summary>
public static partial class TaskTitles
{
    private const int MaxLength = 160;
    private const int MaxHeadingWords = 10;

    /// <summary>The short title of a directive's text; never empty for a non-empty text.</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
            return "";
        // "Sở Công Thương" alone on the first line (the items below say what it must do).
        var line = lines.Length > 1 && IsHeading(lines[0]) ? lines[1] : lines[0];
        line = line.TrimStart('-', '+', '•', '*', ' ');
        line = Parenthesis().Replace(line, "");
        line = Assignment().Replace(line, "");
        var cut = ClauseEnd().Match(line);
        if (cut.Success && cut.Index > 0)
            line = line[..cut.Index];
        line = Spaces().Replace(line, " ").Trim(' ', ',', ':', '-');
        if (line.Length == 0)
            line = lines[0];
        if (line.Length > MaxLength)
        {
            var space = line.LastIndexOf(' ', MaxLength);
            line = string.Concat(line.AsSpan(0, space > 0 ? space : MaxLength), "…");
        }

        return string.Concat(char.ToUpper(line[0], CultureInfo.GetCultureInfo("vi-VN")).ToString(), line[1..]);
    }

    private static bool IsHeading(string line) =>
        !line.Contains(',', StringComparison.Ordinal) && !line.Contains(';', StringComparison.Ordinal) && !line.EndsWith('.')
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parenthesis();

    // "Giao Sở X chủ trì, phối hợp với Y ", "Chủ trì, phối hợp với Y ", "Đề nghị Sở X ".
    [GeneratedRegex(@"^(?:(?:giao|đề\s+nghị|yêu\s+cầu)\s+[^,;.]{1,120}?\s+)?(?:chủ\s+trì(?:\s*,?\s*phối\s+hợp\s+(?:chặt\s+chẽ\s+)?với\s+[^,;.]{1,120}?(?=\s+(?:nghiên|rà|xây|tham|tổ|triển|kiểm|hướng|đề|thực|theo|khẩn|tăng|đẩy|chỉ|hoàn)))?|chủ\s+trì)\s*,?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"[;.]\s|[;.]$|,\s*(?:hoàn\s+thành|báo\s+cáo\s+kết\s+quả)|\s+(?:trước|chậm\s+nhất|trong)\s+(?:ngày|tháng|quý|năm)\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
