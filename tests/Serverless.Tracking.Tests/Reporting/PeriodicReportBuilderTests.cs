using Serverless.Tracking.Reporting;
using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Reporting;

public sealed class PeriodicReportBuilderTests
{
    private static readonly ReportPeriod March = ReportPeriods.Month(CutOffRule.Default, 2026, 3);
    private static readonly PeriodicReportBuilder Builder = new(CutOffRule.Default, RankingWeights.Default, new WorkingDays(Calendar.ShippedHolidays.Official));

    private static readonly DateOnly Later = Date("2026-06-01");

    private static List<TaskFacts> Sample() =>
    [
        Facts.Task("a1", "SXD", "2026-01-05", "2026-03-01", completed: "2026-02-20"),
        Facts.Task("a2", "SXD", "2026-01-05", "2026-03-01", completed: "2026-03-04"),
        Facts.Task("a3", "SXD", "2026-02-20", "2026-04-30"),
        Facts.Task("b1", "SYT", "2026-01-05", "2026-03-01"),
        Facts.Task("b2", "SYT", "2026-01-05", "2026-02-20", completed: "2026-03-20"),
        Facts.Task("b3", "SYT", "2026-01-05", "2026-03-31", cancelled: "2026-03-02"),
        Facts.Task("c1", "CAT", "2026-01-05", "2026-02-01", completed: "2026-02-10"),
        Facts.Task("c2", "CAT", "2026-03-16", "2026-03-20"),
    ];

    [Fact]
    public void Each_lead_agency_gets_the_four_categories_rates_and_longest_overdue_as_of_the_cut_off()
    {
        var report = Builder.Build(March, Sample(), Later);

        var sxd = report.Agencies.Single(a => a.Tally.Code == "SXD").Tally;
        Assert.Equal((1, 1, 1, 0), (sxd.CompletedOnTime, sxd.CompletedLate, sxd.InProgressOnTime, sxd.InProgressOverdue));
        Assert.Equal(66.7, sxd.CompletionRate);
        Assert.Equal(50.0, sxd.OnTimeRate);
        Assert.Equal(1, sxd.AssignedInPeriod);
        var syt = report.Agencies.Single(a => a.Tally.Code == "SYT").Tally;
        Assert.Equal((0, 0, 0, 2), (syt.CompletedOnTime, syt.CompletedLate, syt.InProgressOnTime, syt.InProgressOverdue));
        Assert.Equal(22, syt.MaxDaysOverdue);
        Assert.Equal(1, syt.Cancelled);
        Assert.Null(syt.OnTimeRate);
        Assert.Equal(0.0, syt.CompletionRate);
        // CAT's only task in range was completed before the period began and its new one after the cut-off.
        Assert.DoesNotContain(report.Agencies, a => a.Tally.Code == "CAT");
        Assert.Equal(5, report.Totals.Total);
        Assert.Equal(22, report.Totals.MaxDaysOverdue);
        // 14/03/2026 is a Saturday: three working days later is Wednesday 18/03.
        Assert.Equal(Date("2026-03-18"), report.DueOn);
    }

    [Fact]
    public void The_tasks_behind_the_counts_are_listed_with_their_standing()
    {
        var report = Builder.Build(March, Sample(), Later);

        // By agency, then category, then due date: b2 (due 20/02) before b1 (due 01/03).
        Assert.Equal(["a1", "a2", "a3", "b2", "b1"], report.Lines.Select(l => l.Task.TaskId));
        Assert.Equal(ProgressCategory.InProgressOverdue, report.Lines.Single(l => l.Task.TaskId == "b2").Standing.Category);
    }

    [Fact]
    public void The_same_facts_give_the_same_report_whenever_it_is_built()
    {
        var first = Builder.Build(March, Sample(), Later);
        var again = Builder.Build(ReportPeriods.Parse(CutOffRule.Default, "2026-03")!, Sample().AsEnumerable().Reverse(), Date("2027-01-01"));

        Assert.Equal(first.Agencies.Select(a => (a.Rank, a.Score, a.Tally.Code, a.Tally.Total)), again.Agencies.Select(a => (a.Rank, a.Score, a.Tally.Code, a.Tally.Total)));
        Assert.Equal(first.Lines.Select(l => (l.Task.TaskId, l.Standing)), again.Lines.Select(l => (l.Task.TaskId, l.Standing)));
    }

    [Fact]
    public void Agencies_are_ranked_by_the_score_of_the_weights()
    {
        var report = Builder.Build(March, Sample(), Later);

        // SXD: 100 × 1/3 − 2 × 1 − 0.1 × 3 = 31.03; SYT: 0 − 2 × 2 − 0.1 × (13 + 22) = −7.5.
        Assert.Equal([("SXD", 1, 31.03), ("SYT", 2, -7.5)], report.Agencies.Select(a => (a.Tally.Code, a.Rank, a.Score)));
    }

    [Fact]
    public void Other_weights_change_the_order()
    {
        var tasks = new List<TaskFacts>
        {
            // SXD: everything on time but one task far overdue; SYT: nothing completed, nothing overdue.
            Facts.Task("a1", "SXD", "2026-01-05", "2026-03-01", completed: "2026-02-20"),
            Facts.Task("a2", "SXD", "2026-01-05", "2026-01-10"),
            Facts.Task("b1", "SYT", "2026-01-05", "2026-04-30"),
        };
        var byShare = Builder.Build(March, tasks, Later);
        var byDays = new PeriodicReportBuilder(CutOffRule.Default, new RankingWeights(OnTimeShare: 10, PerOverdueTask: 1, PerOverdueDay: 1),
            new WorkingDays(Calendar.ShippedHolidays.Official)).Build(March, tasks, Later);

        Assert.Equal(["SXD", "SYT"], byShare.Agencies.Select(a => a.Tally.Code));
        Assert.Equal(["SYT", "SXD"], byDays.Agencies.Select(a => a.Tally.Code));
    }

    [Fact]
    public void Equal_scores_share_a_rank()
    {
        var tasks = new List<TaskFacts>
        {
            Facts.Task("a1", "SXD", "2026-01-05", "2026-04-30"),
            Facts.Task("b1", "SYT", "2026-01-05", "2026-04-30"),
            Facts.Task("c1", "CAT", "2026-01-05", "2026-03-01"),
        };

        var report = Builder.Build(March, tasks, Later);

        Assert.Equal([("SXD", 1), ("SYT", 1), ("CAT", 3)], report.Agencies.Select(a => (a.Tally.Code, a.Rank)));
    }

    [Fact]
    public void Each_notice_shows_whether_its_tasks_were_entered_within_one_working_day_of_issue()
    {
        var tasks = new List<TaskFacts>
        {
            // Issued Friday 13/03/2026, entered Monday 16/03: the next working day.
            Facts.Task("a1", "SXD", "2026-03-16", "2026-04-30", notice: "tb-fri", issued: "2026-03-13"),
            // Issued 13/02/2026, the last working day before Tết, entered 23/02 (the first day back): within.
            Facts.Task("b1", "SXD", "2026-02-23", "2026-04-30", notice: "tb-tet", issued: "2026-02-13"),
            // Issued Monday 02/03/2026, entered Wednesday 04/03: two working days, late.
            Facts.Task("c1", "SYT", "2026-03-04", "2026-04-30", notice: "tb-late", issued: "2026-03-02"),
            // Entered before the product recorded issue dates.
            Facts.Task("d1", "SYT", "2026-03-04", "2026-04-30", notice: "tb-old"),
        };
        var april = ReportPeriods.Month(CutOffRule.Default, 2026, 4);

        var notices = Builder.Build(april, tasks, Later).Notices.ToDictionary(n => n.NoticeId);

        Assert.Equal((1, true), (notices["tb-fri"].WorkingDaysAfterIssue, notices["tb-fri"].WithinRule));
        Assert.Equal((1, true), (notices["tb-tet"].WorkingDaysAfterIssue, notices["tb-tet"].WithinRule));
        Assert.Equal((2, false), (notices["tb-late"].WorkingDaysAfterIssue, notices["tb-late"].WithinRule));
        Assert.Null(notices["tb-old"].WithinRule);
    }

    [Fact]
    public void A_report_asked_for_before_its_cut_off_counts_as_of_today_and_says_it_is_provisional()
    {
        var tasks = new List<TaskFacts>
        {
            Facts.Task("a1", "SXD", "2026-01-05", "2026-03-10"),
            Facts.Task("a2", "SXD", "2026-01-05", "2026-03-05"),
        };

        var early = Builder.Build(March, tasks, Date("2026-03-08"));
        var final = Builder.Build(March, tasks, Later);

        Assert.True(early.Provisional);
        Assert.Equal(Date("2026-03-08"), early.AsOf);
        Assert.Equal((1, 1), (early.Totals.InProgressOnTime, early.Totals.InProgressOverdue));
        Assert.Equal(3, early.Totals.MaxDaysOverdue);
        Assert.False(final.Provisional);
        Assert.Equal((0, 2), (final.Totals.InProgressOnTime, final.Totals.InProgressOverdue));
        Assert.Equal(Date("2026-03-18"), early.DueOn);
    }

    [Fact]
    public void Bad_ranking_weights_are_named()
    {
        Assert.NotNull(new RankingWeights(OnTimeShare: -1).Problem());
        Assert.NotNull(new RankingWeights(PerOverdueDay: double.NaN).Problem());
        Assert.Null(RankingWeights.Default.Problem());
    }
}
