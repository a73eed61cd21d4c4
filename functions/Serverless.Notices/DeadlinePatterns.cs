using System.Text.RegularExpressions;

namespace Serverless.Notices;

/// <summary>The date phrases of Vietnamese notices. Every pattern has a match timeout so a parse never hangs.</summary>
internal static partial class DeadlinePatterns
{
    private const int TimeoutMs = 5000; // per match; 1 s failed the pathological-text test on a loaded machine
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The words before a date that make it a due date.</summary>
    private const string Cue = @"(?<cue>(?:hoàn\s+thành\s+|xong\s+|ngay\s+)?(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+vào)?|muộn\s+nhất|hạn\s+chót|hạn|không\s+quá|đến\s+hết|đến|từ|vào|trong)\s+)?";

    [GeneratedRegex(Cue + @"(?:(?:ngày|hôm)\s+)?\b(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})\b", Options, TimeoutMs)]
    public static partial Regex FullDate();

    [GeneratedRegex(Cue + @"\bngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s+năm\s+(?<y>\d{4}))?", Options, TimeoutMs)]
    public static partial Regex VerbalDate();

    [GeneratedRegex(Cue + @"(?:(?<ngay>ngày)\s+|(?<paren>\())?\b(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\b(?![/\-.]?\d)", Options, TimeoutMs)]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"(?<cue>\b(?:(?:hoàn\s+thành|xong)(?:\s+(?:trong|trước))?|trong|trước|cuối|hết|đến\s+hết|chậm\s+nhất(?:\s+là)?(?:\s+trong)?|ngay\s+trong))\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:/|năm)\s*(?<y>\d{4}))?(?![\d/])", Options, TimeoutMs)]
    public static partial Regex Month();

    [GeneratedRegex(@"(?<cue>\b(?:(?:hoàn\s+thành|xong)(?:\s+(?:trong|trước))?|trong|trước|cuối|hết|đến\s+hết|chậm\s+nhất(?:\s+là)?(?:\s+trong)?|ngay\s+trong)\s+)?\bquý\s+(?<q>IV|I{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*(?<y>\d{4}))?", Options, TimeoutMs)]
    public static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:6|sáu)\s+tháng\s+(?:(?<last>cuối)\s+năm|(?<first>đầu)\s+năm|(?<last>còn\s+lại)(?:\s+của)?\s+năm)(?:\s+(?<y>\d{4}))?", Options, TimeoutMs)]
    public static partial Regex HalfYear();

    [GeneratedRegex(@"(?<cue>\b(?:(?:hoàn\s+thành|xong)(?:\s+(?:trong|trước))?|ngay\s+trong|trong|cuối|hết|đến\s+hết|trước|chậm\s+nhất(?:\s+là)?(?:\s+trong)?))\s+năm\s+(?:(?<y>\d{4})|(?<nay>nay))\b(?!\s*[-–]\s*\d{4})", Options, TimeoutMs)]
    public static partial Regex Year();

    [GeneratedRegex(@"(?<cue>\b(?:(?:hoàn\s+thành|xong|ngay)\s+)?trước)\s+(?:dịp\s+)?Tết(?:\s+(?<duong>Dương\s+lịch)|(?:\s+Nguyên\s+đán)?(?:\s+(?:năm\s+)?(?:(?<y>\d{4})|(?<can>Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?<chi>Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)))?)", Options, TimeoutMs)]
    public static partial Regex Tet();

    [GeneratedRegex(@"\bđịnh\s+kỳ(?:\s+(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần|ngày))?|\b(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)\b", Options, TimeoutMs)]
    public static partial Regex Recurring();

    [GeneratedRegex(@"\b(?:(?:ngay\s+)?sau\s+khi|khi|chờ)\s+(?:có|được|đủ|nhận\s+được|Trung\s+ương|Chính\s+phủ|Thủ\s+tướng|Bộ|cấp\s+có\s+thẩm\s+quyền|cấp\s+trên|hướng\s+dẫn)\b[^.;:)\n]{0,100}", Options, TimeoutMs)]
    public static partial Regex ConditionalClause();

    /// <summary>Timing that waits on an event whatever the event is: "sau khi X được phê duyệt", "ngay khi ...", "cho đến khi ...", "kể từ ngày nhận đủ hồ sơ".</summary>
    [GeneratedRegex(@"\b(?:(?:ngay\s+)?sau\s+khi|ngay\s+khi|(?:cho\s+)?đến\s+khi|chờ\s+đến\s+khi|kể\s+từ\s+(?:ngày|khi|thời\s+điểm))\s+(?!(?:nghe|ký|xem\s+xét|thảo\s+luận|ban\s+hành\s+(?:Thông\s+báo|văn\s+bản|Kết\s+luận)\s+này)\b)\p{L}[^.,;:)\n]{0,100}", Options, TimeoutMs)]
    public static partial Regex EventTiming();

    /// <summary>"từ ngày 10/12/2024 đến ngày 12/12/2024": when something happens, not when it is due, when the span is short.</summary>
    [GeneratedRegex(@"\btừ\s+(?:ngày\s+)?(?<d1>\d{1,2})\s*/\s*(?<m1>\d{1,2})(?:\s*/\s*(?<y1>\d{4}))?\s*(?:đến|[-–])\s*(?:hết\s+)?(?:ngày\s+)?(?<d2>\d{1,2})\s*/\s*(?<m2>\d{1,2})(?:\s*/\s*(?<y2>\d{4}))?|\(\s*(?<d1>\d{1,2})\s*/\s*(?<m1>\d{1,2})\s*/\s*(?<y1>\d{4})\s*[-–]\s*(?<d2>\d{1,2})\s*/\s*(?<m2>\d{1,2})\s*/\s*(?<y2>\d{4})\s*\)", Options, TimeoutMs)]
    public static partial Regex DateSpan();

    /// <summary>A period that names a session rather than a due date: "kỳ họp thường lệ cuối năm 2024".</summary>
    [GeneratedRegex(@"(?:kỳ|phiên)\s+họp(?:\s+(?:thường\s+lệ|thường\s+kỳ|chuyên\s+đề))?\s*$|hội\s+nghị(?:\s+\p{L}+){0,3}\s*$", Options, TimeoutMs)]
    public static partial Regex SessionBefore();

    [GeneratedRegex(@"hướng\s+dẫn|quyết\s+định|ý\s+kiến|văn\s+bản|chủ\s+trương|kết\s+luận|chỉ\s+đạo|phê\s+duyệt|ban\s+hành|thông\s+báo|chấp\s+thuận|kinh\s+phí|nguồn\s+vốn|bố\s+trí\s+vốn|quy\s+định|đồng\s+ý|thống\s+nhất|cho\s+phép|giao\s+vốn|thời\s+gian", Options, TimeoutMs)]
    public static partial Regex ConditionalEvent();

    // Case-sensitive on purpose: cited documents are capitalised ("Kế hoạch số 134/KH-UBND ngày ..."), tasks are not ("báo cáo trước ngày ...").
    [GeneratedRegex(@"(?:\bsố\s+[\p{L}\d/.\-]*\d[\p{L}\d/.\-]*|Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch|Công\s+văn|Thông\s+báo|Chỉ\s+thị|Báo\s+cáo|Tờ\s+trình|Nghị\s+định|Thông\s+tư|Luật|Văn\s+bản|Kết\s+luận|Quy\s+định|Hướng\s+dẫn|Chương\s+trình|Đề\s+án|Hội\s+nghị|\p{L}+\s+\d+[/\-][\p{L}\d/\-]+)[^,;:()\n]{0,50}$", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex CitationBefore();
}
