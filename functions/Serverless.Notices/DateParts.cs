using System.Globalization;

namespace Serverless.Notices;

/// <summary>Numbers and dates read out of matched text, refusing what is not a real date.</summary>
internal static class DateParts
{
    public const int MinYear = 1900;
    public const int MaxYear = 2190;

    /// <summary>The value of a run of digits, or -1.</summary>
    public static int Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    /// <summary>The quarter a Roman or Arabic numeral names ("III" or "3" is 3).</summary>
    public static int Quarter(string numeral) =>
        numeral.ToUpperInvariant() switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };

    /// <summary>The date, or null when the year, month or day is out of range.</summary>
    public static DateOnly? Date(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The last day of a month, or null when out of range.</summary>
    public static DateOnly? MonthEnd(int year, int month) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : null;
}
