using System.Text.RegularExpressions;

namespace Serverless.Notices;

/// <summary>Patterns of a notice's header and preamble (all with match timeouts).</summary>
internal static partial class MetadataPatterns
{
    private const int TimeoutMs = 1000;

    /// <summary>"Lào Cai, ngày 15 tháng 6 năm 2026" (day may be left blank), or "..., ngày 15/6/2026".</summary>
    [GeneratedRegex(@"\p{L}[\p{L} .]*,\s*ngày\s*(?:(?<d>\d{1,2})\s*tháng\s*(?<m>\d{1,2})|(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/|\s*tháng\s*(?<m>\d{1,2}))\s*(?:năm\s*)?(?<y>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex DocumentDate();

    /// <summary>A dated sentence about a meeting: "Ngày 30/6/2023, ... tổ chức Hội nghị", "tại cuộc họp ngày 19/6/2026".</summary>
    [GeneratedRegex(@"họp|hội\s+nghị|làm\s+việc|buổi|phiên|kiểm\s+tra|tổ\s+chức|kết\s+luận|chủ\s+trì", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex MeetingCue();

    /// <summary>The plan period of the preamble: "nhiệm vụ 6 tháng cuối năm 2023", "nhiệm vụ năm 2024", "quý III/2023".</summary>
    [GeneratedRegex(@"nhiệm\s+vụ[^.;:]{0,60}?(?:(?:6|sáu)\s+tháng\s+(?:cuối|còn\s+lại)(?:\s+của)?\s+năm\s+(?<h2>\d{4})|(?:6|sáu)\s+tháng\s+đầu\s+năm\s+(?<h1>\d{4})|quý\s+(?<q>IV|I{1,3}|[1-4])\s*(?:/|năm)\s*(?<qy>\d{4})|tháng\s+(?<m>\d{1,2})\s*(?:/|năm)\s*(?<my>\d{4})|năm\s+(?<y>\d{4}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex PlanPeriod();

    /// <summary>Words that look back on a period rather than plan it.</summary>
    [GeneratedRegex(@"sơ\s+kết|tổng\s+kết|kết\s+quả|đánh\s+giá|đã\s+đạt", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Retrospective();

    /// <summary>A letterhead province: "TỈNH LÀO CAI", "UBND TỈNH SÔNG LAM".</summary>
    [GeneratedRegex(@"\bTỈNH\s+(?<p>\p{Lu}+(?:\s+\p{Lu}+){0,3})", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex HeaderProvince();

    /// <summary>The first year written in a text.</summary>
    [GeneratedRegex(@"\b(?:19|20|21)\d{2}\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex AnyYear();

    /// <summary>The letterhead's number line: "Số: 9387/UBND-KT", "Số 125-TB/TU", "Số:      /TB-VP" (number left blank).</summary>
    [GeneratedRegex(@"^Số\s*:?\s*(?<n>\d+)?\s*(?<s>[/-][\p{L}\d][\p{L}\d/&.-]*)", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex NumberLine();

    /// <summary>A number given in the text: "Thông báo số 125-TB/TU", "Kết luận số 12-KL/TU".</summary>
    [GeneratedRegex(@"^(?:Thông\s+báo|Kết\s+luận)\s+số\s+(?<n>\d+[/-][\p{L}\d][\p{L}\d/&.-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex NumberInText();

    /// <summary>Where a table's columns meet in extracted text: " | ", a tab, or a run of spaces.</summary>
    [GeneratedRegex(@"\s*\|\s*|\t+|\s{4,}", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex ColumnBreak();
}
