using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Tracking.Reporting;

/// <summary>Builds reporting periods from the cut-off rule, and reads them from the API's period names.</summary>
public static partial class ReportPeriods
{
    /// <summary>The earliest and latest years a period may name.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    /// <summary>The longest custom period: five years (a term of office), leap days included.</summary>
    public const int MaxDays = 5 * 366;

    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    /// <summary>The month ending with the cut-off of <paramref name="month"/>: by default 15 of the previous month to 14 of this one.</summary>
    public static ReportPeriod Month(CutOffRule rule, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(PeriodKind.Month, rule.StartAfterCutOff(year, month, 1), rule.CutOffIn(year, month),
            string.Create(CultureInfo.InvariantCulture, $"Tháng {month}/{year}"));
    }

    /// <summary>Quarter 1-4, ending with the cut-off of its last month (by default 15/12 of the previous year to 14/3 for the first).</summary>
    public static ReportPeriod Quarter(CutOffRule rule, int year, int quarter)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var last = quarter * 3;
        return new(PeriodKind.Quarter, rule.StartAfterCutOff(year, last, 3), rule.CutOffIn(year, last),
            string.Create(CultureInfo.InvariantCulture, $"Quý {RomanQuarters[quarter - 1]}/{year}"));
    }

    /// <summary>Half 1 or 2, ending with the cut-off of June or December.</summary>
    public static ReportPeriod HalfYear(CutOffRule rule, int year, int half)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        var last = half * 6;
        return new(PeriodKind.HalfYear, rule.StartAfterCutOff(year, last, 6), rule.CutOffIn(year, last),
            half == 1 ? $"6 tháng đầu năm {year.ToString(CultureInfo.InvariantCulture)}" : $"6 tháng cuối năm {year.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The year ending with December's cut-off (by default 15/12 of the previous year to 14/12).</summary>
    public static ReportPeriod Year(CutOffRule rule, int year)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(PeriodKind.Year, rule.StartAfterCutOff(year, 12, 12), rule.CutOffIn(year, 12),
            string.Create(CultureInfo.InvariantCulture, $"Năm {year}"));
    }

    /// <summary>Any range, from and to inclusive; the caller checks it with <see cref="ProblemWith(DateOnly, DateOnly)"/> first.</summary>
    public static ReportPeriod Custom(DateOnly from, DateOnly to) =>
        new(PeriodKind.Custom, from, to, $"Từ ngày {from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} đến ngày {to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");

    /// <summary>Why a custom range is refused (Vietnamese), or null when it is fine.</summary>
    public static string? ProblemWith(DateOnly from, DateOnly to) =>
        from > to ? "Ngày bắt đầu phải không sau ngày kết thúc."
        : to.DayNumber - from.DayNumber + 1 > MaxDays ? $"Kỳ báo cáo dài tối đa 5 năm ({MaxDays} ngày)."
        : from.Year < FirstYear || to.Year > LastYear ? $"Kỳ báo cáo phải nằm trong các năm {FirstYear}-{LastYear}."
        : null;

    /// <summary>
    /// Reads a period name: "2026-03" (month), "2026-Q1" (quarter), "2026-H1" (half-year) or "2026" (year).
    /// Returns null when the name is not one of these.
    /// </summary>
    public static ReportPeriod? Parse(CutOffRule rule, string? name)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (name is null) return null;
        var match = PeriodName().Match(name.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < FirstYear or > LastYear) return null;
        if (!match.Groups["number"].Success) return Year(rule, year);
        var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return match.Groups["kind"].Value.ToUpperInvariant() switch
        {
            "Q" when number is >= 1 and <= 4 => Quarter(rule, year, number),
            "H" when number is 1 or 2 => HalfYear(rule, year, number),
            "" when number is >= 1 and <= 12 => Month(rule, year, number),
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<kind>[QqHh]?)(?<number>\d{1,2}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PeriodName();
}
