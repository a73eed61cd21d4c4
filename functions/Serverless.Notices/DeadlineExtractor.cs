using System.Text.RegularExpressions;
using Serverless.Tracking.Calendar;

namespace Serverless.Notices;

/// <summary>Finds the deadlines of one directive: explicit dates, recurring duties and conditional timing.</summary>
internal sealed partial class DeadlineExtractor(DateContext context)
{
    private const int RecurringReach = 25;
    private const int MaxOccasionDays = 7;
    private const int SessionReach = 40;
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(";.,:()");
    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The deadlines of <paramref name="text"/>, in reading order.</summary>
    public List<ParsedDeadline> Extract(string text)
    {
        var candidates = new List<DeadlineCandidate>();
        AddDates(candidates, text, DeadlinePatterns.FullDate(), yearRequired: true);
        AddDates(candidates, text, DeadlinePatterns.VerbalDate(), yearRequired: false);
        AddDayMonths(candidates, text);
        AddPeriods(candidates, text);
        AddTet(candidates, text);
        foreach (Match match in DeadlinePatterns.Recurring().Matches(text))
            candidates.Add(new DeadlineCandidate(match.Index, match.Index + match.Length, null, DeadlineKind.Recurring));
        foreach (Match match in DeadlinePatterns.ConditionalClause().Matches(text))
        {
            if (DeadlinePatterns.ConditionalEvent().IsMatch(match.Value))
                candidates.Add(new DeadlineCandidate(match.Index, match.Index + match.Value.TrimEnd().Length, null, DeadlineKind.Conditional));
        }

        foreach (Match match in DeadlinePatterns.EventTiming().Matches(text))
            candidates.Add(new DeadlineCandidate(match.Index, match.Index + match.Value.TrimEnd().Length, null, DeadlineKind.Conditional));

        var occasions = Occasions(text);
        candidates.RemoveAll(c => c.Kind == DeadlineKind.Explicit
            && (occasions.Any(o => c.Start < o.End && o.Start < c.End) || NamesSession(text, c)));
        return Settle(candidates, text);
    }

    // "từ ngày 10/12 đến ngày 12/12" (a few days) and "(03/02/1930 - 03/02/2025)" say when something takes place or is remembered.
    private List<(int Start, int End)> Occasions(string text)
    {
        var occasions = new List<(int Start, int End)>();
        foreach (Match match in DeadlinePatterns.DateSpan().Matches(text))
        {
            if (match.Value.StartsWith('('))
            {
                occasions.Add((match.Index, match.Index + match.Length));
                continue;
            }

            var from = SpanEnd(match, "1");
            var to = SpanEnd(match, "2");
            if (from is { } a && to is { } b && b.DayNumber - a.DayNumber is >= 0 and <= MaxOccasionDays)
                occasions.Add((match.Index, match.Index + match.Length));
        }

        return occasions;
    }

    private DateOnly? SpanEnd(Match match, string which)
    {
        var year = match.Groups["y" + which].Success ? DateParts.Number(match.Groups["y" + which].Value) : context.Year;
        return year is { } y ? DateParts.Date(y, DateParts.Number(match.Groups["m" + which].Value), DateParts.Number(match.Groups["d" + which].Value)) : null;
    }

    // "kỳ họp thường lệ cuối năm 2024" names the session.
    private static bool NamesSession(string text, DeadlineCandidate candidate) =>
        text.AsSpan(candidate.Start).StartsWith("cuối", StringComparison.OrdinalIgnoreCase)
        && DeadlinePatterns.SessionBefore().IsMatch(text[Math.Max(0, candidate.Start - SessionReach)..candidate.Start]);

    private void AddDates(List<DeadlineCandidate> into, string text, Regex pattern, bool yearRequired)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var cue = match.Groups["cue"].Value;
            if (IsStart(cue) || (cue.Length == 0 && Citation.IsBefore(text, match.Index)))
                continue;
            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            if (yearRequired && year is null)
                continue;
            if (Date(year, match.Groups["m"].Value, match.Groups["d"].Value) is { } date)
                AddExplicit(into, match, date, inferredYear: year is null);
            else
                AddImpossible(into, match, cue);
        }
    }

    // "trước ngày 31/02/2026" sets a time limit whose date does not exist: keep it, dateless, so the draft flags it
    // for the clerk instead of the directive silently reading as a regular duty. Only a real month and a day up to 31
    // after a deadline cue or "ngày": "trong 25/35 xã" is a count, not a date.
    private static void AddImpossible(List<DeadlineCandidate> into, Match match, string cue)
    {
        var deadlineCue = ImpossibleCue().IsMatch(cue) || match.Groups["ngay"].Success || match.Value.Contains("ngày", StringComparison.OrdinalIgnoreCase);
        if (deadlineCue && DateParts.Number(match.Groups["m"].Value) is >= 1 and <= 12 && DateParts.Number(match.Groups["d"].Value) is >= 1 and <= 31)
            into.Add(new DeadlineCandidate(match.Index, match.Index + match.Length, null, DeadlineKind.Explicit));
    }

    [GeneratedRegex(@"trước|chậm\s+nhất|muộn\s+nhất|hạn|không\s+quá|đến\s+hết", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ImpossibleCue();

    // "(27/7)", "ngày 15/8", "trước 30/9": the year is the notice's.
    private void AddDayMonths(List<DeadlineCandidate> into, string text)
    {
        foreach (Match match in DeadlinePatterns.DayMonth().Matches(text))
        {
            var cue = match.Groups["cue"].Value;
            var marked = match.Groups["ngay"].Success || match.Groups["paren"].Success || cue.Length > 0;
            if (!marked || IsStart(cue) || (cue.Length == 0 && Citation.IsBefore(text, match.Index)))
                continue;
            if (Date(null, match.Groups["m"].Value, match.Groups["d"].Value) is { } date)
                AddExplicit(into, match, date, inferredYear: true);
            else
                AddImpossible(into, match, cue);
        }
    }

    private void AddPeriods(List<DeadlineCandidate> into, string text)
    {
        foreach (Match match in DeadlinePatterns.Month().Matches(text))
        {
            var month = DateParts.Number(match.Groups["m"].Value);
            if (month is < 1 or > 12 || YearOf(match) is not { } year)
                continue;
            var end = Before(match) ? new DateOnly(year, month, 1).AddDays(-1) : LastDay(year, month);
            AddExplicit(into, match, end, inferredYear: !match.Groups["y"].Success);
        }

        foreach (Match match in DeadlinePatterns.Quarter().Matches(text))
        {
            if (YearOf(match) is not { } year)
                continue;
            var quarter = DateParts.Quarter(match.Groups["q"].Value);
            var end = LastDay(year, quarter * 3);
            AddExplicit(into, match, Before(match) ? end.AddMonths(-3) : end, inferredYear: !match.Groups["y"].Success);
        }

        foreach (Match match in DeadlinePatterns.HalfYear().Matches(text))
        {
            if (YearOf(match) is not { } year)
                continue;
            var end = match.Groups["first"].Success ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31);
            AddExplicit(into, match, end, inferredYear: !match.Groups["y"].Success);
        }

        foreach (Match match in DeadlinePatterns.Year().Matches(text))
        {
            if (YearOf(match) is not { } year)
                continue;
            AddExplicit(into, match, new DateOnly(Before(match) ? year - 1 : year, 12, 31), inferredYear: false);
        }
    }

    private void AddTet(List<DeadlineCandidate> into, string text)
    {
        foreach (Match match in DeadlinePatterns.Tet().Matches(text))
        {
            DateOnly? due;
            if (match.Groups["duong"].Success)
                due = context.Year is { } y ? new DateOnly(y, 12, 31) : null;
            else
                due = TetYear(match) is { } lunarYear ? VietnameseLunarCalendar.LunarNewYear(lunarYear).AddDays(-1) : null;
            if (due is { } date)
                AddExplicit(into, match, date, inferredYear: false);
        }
    }

    private int? TetYear(Match match)
    {
        if (match.Groups["y"].Success)
            return YearOf(match);
        var reference = context.ReferenceDate ?? (context.Year is { } y ? new DateOnly(y, 1, 1) : (DateOnly?)null);
        if (reference is not { } from)
            return null;
        var first = from.Year;
        if (VietnameseLunarCalendar.LunarNewYear(first) <= from)
            first++;
        if (!match.Groups["can"].Success)
            return first;
        var stem = Array.FindIndex(Stems, s => string.Equals(s, match.Groups["can"].Value, StringComparison.OrdinalIgnoreCase));
        var branchName = match.Groups["chi"].Value.Equals("Mẹo", StringComparison.OrdinalIgnoreCase) ? "Mão" : match.Groups["chi"].Value;
        var branch = Array.FindIndex(Branches, b => string.Equals(b, branchName, StringComparison.OrdinalIgnoreCase));
        for (var year = first; year < first + 60; year++)
        {
            if ((year - 4) % 10 == stem && (year - 4) % 12 == branch)
                return year;
        }

        return null;
    }

    private void AddExplicit(List<DeadlineCandidate> into, Match match, DateOnly date, bool inferredYear)
    {
        if (context.ReferenceDate is { } reference && date < reference)
        {
            // A notice of November that says "(15/1)" means January of the next year.
            if (!inferredYear || reference.Month < 10 || date.Month > 3)
                return;
            date = date.AddYears(1);
        }

        if (date == context.MeetingDate)
            return;
        into.Add(new DeadlineCandidate(match.Index, match.Index + match.Length, date, DeadlineKind.Explicit));
    }

    private static List<ParsedDeadline> Settle(List<DeadlineCandidate> candidates, string text)
    {
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var recurring = candidates.Where(c => c.Kind == DeadlineKind.Recurring).ToList();
        var accepted = new List<DeadlineCandidate>();
        foreach (var candidate in candidates)
        {
            var current = candidate;
            // "trước ngày 30 tháng 6 hằng năm" is a yearly duty, not a date.
            if (current.Kind == DeadlineKind.Explicit
                && recurring.FirstOrDefault(r => r.Start >= current.End && r.Start - current.End <= RecurringReach
                    && text.AsSpan(current.End, r.Start - current.End).IndexOfAny(ClauseMarks) < 0) is { } yearly)
                current = new DeadlineCandidate(current.Start, yearly.End, null, DeadlineKind.Recurring);
            if (accepted.Any(a => a.Start < current.End && current.Start < a.End))
                continue;
            accepted.Add(current);
        }

        var deadlines = new List<ParsedDeadline>(accepted.Count);
        foreach (var candidate in accepted)
        {
            if (candidate.Date is { } date && deadlines.Any(d => d.Date == date))
                continue;
            deadlines.Add(new ParsedDeadline(candidate.Date, text[candidate.Start..candidate.End].Trim(' ', '(', ')', ',', ';'), candidate.Kind));
        }

        return deadlines;
    }

    private static bool IsStart(string cue) => cue.TrimStart().StartsWith("từ", StringComparison.OrdinalIgnoreCase);

    private static bool Before(Match match) =>
        match.Groups["cue"].Value.Trim().EndsWith("trước", StringComparison.OrdinalIgnoreCase);

    private int? YearOf(Match match)
    {
        var year = match.Groups["y"].Success ? DateParts.Number(match.Groups["y"].Value) : context.Year;
        return year is >= DateParts.MinYear and <= DateParts.MaxYear ? year : null;
    }

    private DateOnly? Date(int? year, string month, string day) =>
        (year ?? context.Year) is { } resolved ? DateParts.Date(resolved, DateParts.Number(month), DateParts.Number(day)) : null;

    private static DateOnly LastDay(int year, int month) => DateParts.MonthEnd(year, month)!.Value;
}
