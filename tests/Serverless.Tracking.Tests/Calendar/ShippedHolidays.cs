using Serverless.Tracking.Calendar;
using Xunit;

namespace Serverless.Tracking.Tests.Calendar;

/// <summary>The holidays.json the Function App ships, loaded once for the tests.</summary>
internal static class ShippedHolidays
{
    public static OfficialHolidayTable Table { get; } = OfficialHolidayTable.Load(Path.Combine(AppContext.BaseDirectory, "holidays.json"));

    public static VietnameseWorkingCalendar Official { get; } = new(Table);

    public static TheoryData<int> AnnouncedYears => [2023, 2024, 2025, 2026];

    public static HolidayYear Year(int year) => Table.TryGetYear(year, out var announced)
        ? announced
        : throw new InvalidOperationException($"holidays.json does not cover {year}.");

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
