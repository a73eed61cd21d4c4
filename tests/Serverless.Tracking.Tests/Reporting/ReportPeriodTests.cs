using Serverless.Tracking.Reporting;
using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Reporting;

public sealed class ReportPeriodTests
{
    private static readonly CutOffRule Rule = CutOffRule.Default;
    private static readonly WorkingDays Official = new(Calendar.ShippedHolidays.Official);

    [Theory]
    [InlineData("2026-03", "2026-02-15", "2026-03-14", "Tháng 3/2026")]
    [InlineData("2026-01", "2025-12-15", "2026-01-14", "Tháng 1/2026")]
    [InlineData("2026-Q1", "2025-12-15", "2026-03-14", "Quý I/2026")]
    [InlineData("2026-Q3", "2026-06-15", "2026-09-14", "Quý III/2026")]
    [InlineData("2026-H1", "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026")]
    [InlineData("2026-H2", "2026-06-15", "2026-12-14", "6 tháng cuối năm 2026")]
    [InlineData("2026", "2025-12-15", "2026-12-14", "Năm 2026")]
    public void The_default_rule_runs_from_the_15th_after_the_previous_cut_off_to_the_14th(string name, string from, string to, string label)
    {
        var period = ReportPeriods.Parse(Rule, name)!;

        Assert.Equal(Date(from), period.From);
        Assert.Equal(Date(to), period.To);
        Assert.Equal(label, period.Label);
    }

    [Fact]
    public void Consecutive_months_leave_no_gap_and_no_overlap_across_a_whole_year()
    {
        var months = Enumerable.Range(1, 12).Select(m => ReportPeriods.Month(Rule, 2026, m)).ToList();

        for (var i = 1; i < months.Count; i++) Assert.Equal(months[i - 1].To.AddDays(1), months[i].From);
        Assert.Equal(ReportPeriods.Year(Rule, 2026).From, months[0].From);
        Assert.Equal(ReportPeriods.Year(Rule, 2026).To, months[^1].To);
        Assert.Equal(365, months.Sum(m => m.Days));
    }

    [Theory]
    [InlineData(2024, 2, "2024-02-01", "2024-02-29")]
    [InlineData(2025, 2, "2025-02-01", "2025-02-28")]
    [InlineData(2024, 3, "2024-03-01", "2024-03-31")]
    [InlineData(2025, 5, "2025-05-01", "2025-05-31")]
    public void A_cut_off_on_the_31st_means_the_last_day_of_each_month_leap_years_included(int year, int month, string from, string to)
    {
        var period = ReportPeriods.Month(new CutOffRule(CutOffDay: 31), year, month);

        Assert.Equal(Date(from), period.From);
        Assert.Equal(Date(to), period.To);
    }

    [Fact]
    public void A_cut_off_on_the_30th_starts_March_the_day_after_February_ends()
    {
        var rule = new CutOffRule(CutOffDay: 30);

        Assert.Equal(Date("2024-03-01"), ReportPeriods.Month(rule, 2024, 3).From);
        Assert.Equal(Date("2025-03-01"), ReportPeriods.Month(rule, 2025, 3).From);
        Assert.Equal(Date("2025-03-31"), ReportPeriods.Month(rule, 2025, 4).From);
    }

    [Fact]
    public void A_report_whose_cut_off_falls_in_Tet_is_due_counting_working_days_after_the_holiday()
    {
        // 14/02/2026 is a Saturday and the first day of the Tết break (14-22/02/2026).
        var february = ReportPeriods.Month(Rule, 2026, 2);

        Assert.Equal(Date("2026-02-14"), february.CutOff);
        Assert.Equal(Date("2026-02-25"), february.DueOn(Rule, Official));
    }

    [Fact]
    public void A_report_is_due_three_working_days_after_an_ordinary_cut_off_skipping_the_weekend()
    {
        // 14/03/2025 is a Friday.
        Assert.Equal(Date("2025-03-19"), ReportPeriods.Month(Rule, 2025, 3).DueOn(Rule, Official));
        Assert.Equal(Date("2025-03-17"), ReportPeriods.Month(Rule, 2025, 3).DueOn(new CutOffRule(ReportDueWorkingDays: 1), Official));
    }

    [Fact]
    public void A_cut_off_on_National_Day_pushes_the_due_date_past_the_holiday()
    {
        // Cut-off on the 2nd: 02/09/2026 is Quốc khánh, the break runs 29/08-02/09/2026.
        var rule = new CutOffRule(CutOffDay: 2, ReportDueWorkingDays: 2);

        Assert.Equal(Date("2026-09-04"), ReportPeriods.Month(rule, 2026, 9).DueOn(rule, Official));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("2026-00")]
    [InlineData("1999")]
    [InlineData("26-03")]
    [InlineData("tháng 3")]
    [InlineData("")]
    public void Unknown_period_names_are_refused(string name)
    {
        Assert.Null(ReportPeriods.Parse(Rule, name));
    }

    [Fact]
    public void A_custom_range_is_refused_when_it_ends_before_it_starts_or_spans_twenty_years()
    {
        Assert.NotNull(ReportPeriods.ProblemWith(Date("2026-03-14"), Date("2026-02-15")));
        Assert.NotNull(ReportPeriods.ProblemWith(Date("2006-01-01"), Date("2025-12-31")));
        Assert.Null(ReportPeriods.ProblemWith(Date("2021-01-01"), Date("2025-12-31")));
        Assert.Null(ReportPeriods.ProblemWith(Date("2026-03-14"), Date("2026-03-14")));
    }

    [Fact]
    public void A_bad_cut_off_rule_is_named()
    {
        Assert.NotNull(new CutOffRule(CutOffDay: 0).Problem());
        Assert.NotNull(new CutOffRule(CutOffDay: 32).Problem());
        Assert.NotNull(new CutOffRule(ReportDueWorkingDays: -1).Problem());
        Assert.Null(CutOffRule.Default.Problem());
    }
}
