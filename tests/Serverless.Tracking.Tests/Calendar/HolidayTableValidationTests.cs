using Serverless.Tracking.Calendar;
using Xunit;

namespace Serverless.Tracking.Tests.Calendar;

public sealed class HolidayTableValidationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    [Theory]
    [InlineData("""{"years":{"2025":{"daysOff":[{"date":"2025-02-30","name":"Tết Nguyên đán"}]}}}""", "year 2025, daysOff[0]: '2025-02-30' is not a date")]
    [InlineData("""{"years":{"2025":{"daysOff":[{"date":"30/04/2025","name":"Ngày Chiến thắng"}]}}}""", "'30/04/2025' is not a date (yyyy-MM-dd)")]
    [InlineData("""{"years":{"2025":{"workingDays":[{"date":"2025-4-26","reason":"làm bù"}]}}}""", "year 2025, workingDays[0]: '2025-4-26' is not a date")]
    public void A_bad_date_stops_loading_with_a_message_naming_the_entry(string json, string expected) =>
        AssertRefused(json, expected);

    [Fact]
    public void A_day_both_off_and_worked_stops_loading() => AssertRefused(
        """{"years":{"2025":{"daysOff":[{"date":"2025-04-26","name":"Ngày Chiến thắng"}],"workingDays":[{"date":"2025-04-26","reason":"làm bù"}]}}}""",
        "year 2025, workingDays[0]: 2025-04-26 is both a day off and a working day");

    [Fact]
    public void A_date_outside_its_year_key_stops_loading() => AssertRefused(
        """{"years":{"2025":{"daysOff":[{"date":"2024-09-02","name":"Quốc khánh"}]}}}""",
        "year 2025, daysOff[0]: 2024-09-02 is not in year 2025");

    [Theory]
    [InlineData("25")]
    [InlineData("năm 2025")]
    [InlineData("1799")]
    [InlineData("02025")]
    public void A_year_key_that_is_not_a_year_stops_loading(string key) => AssertRefused(
        """{"years":{"KEY":{"daysOff":[]}}}""".Replace("KEY", key, StringComparison.Ordinal),
        $"year key '{key}' must be a year");

    [Fact]
    public void A_swapped_working_day_on_a_weekday_stops_loading() => AssertRefused(
        """{"years":{"2025":{"workingDays":[{"date":"2025-05-02","reason":"làm bù"}]}}}""",
        "2025-05-02 is a Friday; only a Saturday or Sunday");

    [Theory]
    [InlineData("""{"years":{"2025":{"daysOff":[{"date":"2025-01-01"}]}}}""", "year 2025, daysOff[0] (2025-01-01) has no name")]
    [InlineData("""{"years":{"2025":{"workingDays":[{"date":"2025-04-26","reason":" "}]}}}""", "year 2025, workingDays[0] (2025-04-26) has no reason")]
    [InlineData("""{"years":{"2025":{"daysOff":[{"date":"2025-01-01","name":"Tết Dương lịch"},{"date":"2025-01-01","name":"Tết Dương lịch"}]}}}""", "daysOff[1]: 2025-01-01 is listed twice")]
    [InlineData("""{"years":{"2025":{"daysOff":[null]}}}""", "year 2025, daysOff[0] is null")]
    [InlineData("""{"holidays":{}}""", "holidays")]
    [InlineData("""{"years":{"2025":{"daysOff":[{"date":"2025-01-01","nmae":"Tết Dương lịch"}]}}}""", "nmae")]
    [InlineData("""{}""", "'years' is missing")]
    [InlineData("""{"years":{"2025":{"daysOff":[]},"2025":{"daysOff":[]}}}""", "Duplicate properties")]
    public void A_missing_misspelt_or_repeated_field_stops_loading(string json, string expected) =>
        AssertRefused(json, expected);

    [Fact]
    public void A_valid_new_year_added_by_an_operator_is_used_without_a_code_change()
    {
        File.WriteAllText(path, """
            {"years":{"2030":{
              "sources":["Thông báo giả định cho kiểm thử"],
              "daysOff":[{"date":"2030-02-01","name":"Tết Nguyên đán","note":"hoán đổi"}],
              "workingDays":[{"date":"2030-02-16","reason":"làm bù thứ Sáu 01/02/2030"}]}}}
            """);
        var calendar = new VietnameseWorkingCalendar(OfficialHolidayTable.Load(path));

        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 2, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 2, 16)));
        Assert.Equal("Tết Nguyên đán", calendar.HolidayName(new DateOnly(2030, 2, 1)));
        // Listed years replace the rule entirely: 2/9/2030 is not in this test table, so it is a working Monday.
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 9, 2)));
    }

    private void AssertRefused(string json, string expected)
    {
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidOperationException>(() => OfficialHolidayTable.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
