using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Notices;

/// <summary>Reads a notice's issuer, title, dates and plan period from its header, preamble and closing.</summary>
internal sealed class MetadataReader(AgencyRegistry registry)
{
    private const int MaxTitleParagraphs = 5;
    private const int RetrospectiveReach = 40;
    private const int LetterheadParagraphs = 8;
    private static readonly string[] LetterheadEnds = ["CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "Số", "THÔNG BÁO", "Kính gửi", "V/v", "BÁO CÁO", "KẾT LUẬN"];
    private static readonly string[] PreambleStarts = ["Ngày", "Căn cứ", "Xét", "Thực hiện", "Kính gửi", "Vừa qua", "Sáng", "Chiều", "Theo", "Sau khi"];

    /// <summary>The metadata of an outlined notice.</summary>
    public NoticeMetadata Read(NoticeOutline outline)
    {
        var header = outline.Header;
        var (documentDate, documentYear, documentMonth, documentLine) = DocumentDate(header);
        var meeting = MeetingDate(header, documentLine);
        var period = PlanPeriod(string.Join('\n', header.Where((_, i) => i != documentLine)));
        var year = meeting?.Year ?? documentYear ?? period?.Year ?? FirstYear(header);
        DateOnly? reference = meeting ?? documentDate ?? (documentYear is { } y && documentMonth is >= 1 and <= 12 ? new DateOnly(y, documentMonth.Value, 1) : null);
        var province = Province(header);
        // The heading's date when filled in; else the meeting's; else the last date of the heading's month written in
        // the preamble (a blank-day draft follows what it answers); else the first of that month. Inferred dates are flagged.
        var issuedOn = documentDate ?? meeting ?? InferredDate(header, documentYear, documentMonth);
        return new NoticeMetadata(
            Issuer(header, outline.Closing, province),
            Title(header),
            province,
            meeting,
            documentDate,
            period,
            new DateContext(meeting, reference, year))
        {
            Number = Number(header),
            IssuedOn = issuedOn,
            IssuedOnInferred = documentDate is null && issuedOn is not null,
            LeadIn = header.Count > 0 && header[^1].TrimEnd().EndsWith(':') ? header[^1] : null,
        };
    }

    private static (DateOnly? Date, int? Year, int? Month, int Line) DocumentDate(List<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var match = MetadataPatterns.DocumentDate().Match(header[i]);
            if (!match.Success)
                continue;
            var year = DateParts.Number(match.Groups["y"].Value);
            var month = DateParts.Number(match.Groups["m"].Value);
            DateOnly? date = match.Groups["d"].Success ? DateParts.Date(year, month, DateParts.Number(match.Groups["d"].Value)) : null;
            return (date, year is >= DateParts.MinYear and <= DateParts.MaxYear ? year : null, month, i);
        }

        return (null, null, null, -1);
    }

    private static DateOnly? InferredDate(List<string> header, int? year, int? month)
    {
        DateOnly? latest = null;
        foreach (var paragraph in header)
        {
            foreach (Match match in DeadlinePatterns.FullDate().Matches(paragraph))
            {
                if (!match.Groups["y"].Success)
                    continue;
                var date = DateParts.Date(DateParts.Number(match.Groups["y"].Value), DateParts.Number(match.Groups["m"].Value), DateParts.Number(match.Groups["d"].Value));
                if (date is { } d && (year is null || (d.Year == year && d.Month == month)) && (latest is null || d > latest))
                    latest = d;
            }
        }

        if (latest is not null || year is null)
            return latest;
        return month is >= 1 and <= 12 ? new DateOnly(year.Value, month.Value, 1) : null;
    }

    // "Số: 9387/UBND-KT" in the letterhead, or "Thông báo số 125-TB/TU" in the text; a blank number ("Số:    /TB-VP") is none.
    private static string? Number(List<string> header)
    {
        foreach (var paragraph in header.Take(LetterheadParagraphs + 4))
        {
            foreach (var column in paragraph.Split('|', '\t').Select(c => c.Trim()))
            {
                if (MetadataPatterns.NumberLine().Match(column) is { Success: true } line)
                    return line.Groups["n"].Success ? line.Groups["n"].Value + line.Groups["s"].Value : null;
            }
        }

        foreach (var paragraph in header)
        {
            if (MetadataPatterns.NumberInText().Match(paragraph) is { Success: true } match)
                return match.Groups["n"].Value;
        }

        return null;
    }

    // Letterheads come out of two-column tables: "VĂN PHÒNG | CỘNG HÒA ...", or the columns run together with wide gaps.
    private static IEnumerable<string> Columns(string paragraph) =>
        MetadataPatterns.ColumnBreak().Split(paragraph).Select(c => c.Trim()).Where(c => c.Length > 0);

    private static DateOnly? MeetingDate(List<string> header, int documentLine)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (i == documentLine)
                continue;
            var paragraph = header[i];
            foreach (var pattern in new[] { DeadlinePatterns.FullDate(), DeadlinePatterns.VerbalDate() })
            {
                foreach (Match match in pattern.Matches(paragraph))
                {
                    if (!match.Groups["y"].Success || Citation.IsBefore(paragraph, match.Index))
                        continue;
                    if (!MetadataPatterns.MeetingCue().IsMatch(Sentence(paragraph, match.Index)))
                        continue;
                    if (DateParts.Date(DateParts.Number(match.Groups["y"].Value), DateParts.Number(match.Groups["m"].Value), DateParts.Number(match.Groups["d"].Value)) is { } date)
                        return date;
                }
            }
        }

        return null;
    }

    private static string Sentence(string paragraph, int index)
    {
        var start = paragraph.LastIndexOf(". ", index, StringComparison.Ordinal);
        var end = paragraph.IndexOf(". ", index, StringComparison.Ordinal);
        return paragraph[(start < 0 ? 0 : start)..(end < 0 ? paragraph.Length : end)];
    }

    // The period a notice plans for: "6 tháng cuối năm" first, else the first period not looked back on ("sơ kết ... 6 tháng đầu năm").
    private static DateOnly? PlanPeriod(string header)
    {
        var matches = MetadataPatterns.PlanPeriod().Matches(header);
        var match = matches.FirstOrDefault(m => m.Groups["h2"].Success)
            ?? matches.FirstOrDefault(m => !MetadataPatterns.Retrospective().IsMatch(header[Math.Max(0, m.Index - RetrospectiveReach)..m.Index]));
        if (match is null)
            return null;
        if (match.Groups["h2"].Success)
            return DateParts.Date(DateParts.Number(match.Groups["h2"].Value), 12, 31);
        if (match.Groups["h1"].Success)
            return DateParts.Date(DateParts.Number(match.Groups["h1"].Value), 6, 30);
        if (match.Groups["q"].Success)
        {
            var quarter = DateParts.Quarter(match.Groups["q"].Value);
            var year = DateParts.Number(match.Groups["qy"].Value);
            return DateParts.Date(year, quarter * 3, quarter is 1 or 4 ? 31 : 30);
        }

        if (match.Groups["m"].Success)
        {
            return DateParts.MonthEnd(DateParts.Number(match.Groups["my"].Value), DateParts.Number(match.Groups["m"].Value));
        }

        return DateParts.Date(DateParts.Number(match.Groups["y"].Value), 12, 31);
    }

    private static int? FirstYear(List<string> header)
    {
        foreach (var paragraph in header)
        {
            if (MetadataPatterns.AnyYear().Match(paragraph) is { Success: true } match)
                return DateParts.Number(match.Value);
        }

        return null;
    }

    private static string? Province(List<string> header)
    {
        foreach (var paragraph in header.Take(LetterheadParagraphs))
        {
            if (MetadataPatterns.HeaderProvince().Match(paragraph) is { Success: true } match)
                return CultureInfo.GetCultureInfo("vi-VN").TextInfo.ToTitleCase(match.Groups["p"].Value.ToLower(CultureInfo.GetCultureInfo("vi-VN")));
        }

        return null;
    }

    private string? Issuer(List<string> header, List<string> closing, string? province)
    {
        var letterhead = new List<string>();
        foreach (var whole in header.Take(LetterheadParagraphs))
        {
            // The left column only: the national motto on the right is not the issuer.
            var paragraph = LeftColumn(whole);
            if (paragraph.Length == 0 || LetterheadEnds.Any(e => paragraph.StartsWith(e, StringComparison.Ordinal)) || !MostlyUpperCase(paragraph))
                break;
            letterhead.Add(paragraph);
        }

        if (letterhead.Count > 0)
            return string.Join(' ', letterhead);

        // No letterhead: "..., Văn phòng Tỉnh ủy thông báo để ..." names the issuer.
        foreach (var paragraph in closing.Concat(header))
        {
            var at = paragraph.IndexOf(" thông báo", StringComparison.Ordinal);
            if (at < 0)
                continue;
            var tokens = Tokenizer.Tokenize(paragraph, registry.Abbreviations);
            var mentions = new AgencyFinder(paragraph, tokens, registry.NamesFor(province), registry.Lexicon).FindAll();
            var before = mentions.LastOrDefault(m => tokens[m.End - 1].End <= at && tokens[m.End - 1].End >= at - 1);
            if (before is not null)
                return before.Name;
        }

        return null;
    }

    private static string LeftColumn(string paragraph)
    {
        var left = Columns(paragraph).FirstOrDefault() ?? "";
        foreach (var motto in new[] { "CỘNG HÒA", "CỘNG HOÀ", "Độc lập" })
        {
            var at = left.IndexOf(motto, StringComparison.Ordinal);
            if (at >= 0)
                left = left[..at].Trim();
        }

        return left;
    }

    private static string? Title(List<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var paragraph = header[i];
            if (paragraph.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
                return paragraph[3..].Trim(' ', ':');
            if (!paragraph.StartsWith("THÔNG BÁO", StringComparison.Ordinal))
                continue;
            var parts = new List<string>();
            var rest = paragraph["THÔNG BÁO".Length..].Trim();
            if (rest.Length > 0)
                parts.Add(rest);
            for (var k = i + 1; k < header.Count && parts.Count < MaxTitleParagraphs; k++)
            {
                var next = header[k];
                if (next.StartsWith('_') || next.StartsWith('-') || next.TrimEnd().EndsWith(':') || PreambleStarts.Any(s => next.StartsWith(s, StringComparison.Ordinal)) || (rest.Length > 0 && k == i + 1 && next.Length > 120))
                    break;
                parts.Add(next);
            }

            return parts.Count > 0 ? string.Join(' ', parts) : null;
        }

        return null;
    }

    private static bool MostlyUpperCase(string paragraph)
    {
        var letters = paragraph.Count(char.IsLetter);
        return letters > 0 && paragraph.Count(char.IsUpper) * 10 >= letters * 8;
    }
}
