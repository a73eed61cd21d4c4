using Serverless.Tracking.Reporting;
using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Reporting;

public sealed class AsOfRulesTests
{
    // March 2026 under the default rule: 15/02/2026 to 14/03/2026.
    private static readonly ReportPeriod March = ReportPeriods.Month(CutOffRule.Default, 2026, 3);

    [Fact]
    public void A_task_overdue_on_the_cut_off_and_completed_a_week_later_is_still_in_progress_overdue_in_that_period()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", completed: "2026-03-21");

        var standing = AsOfRules.Classify(task, March)!;

        Assert.Equal(ProgressCategory.InProgressOverdue, standing.Category);
        Assert.Equal(4, standing.DaysLate);
        Assert.Equal(Date("2026-03-10"), standing.DueDate);
    }

    [Fact]
    public void The_same_task_counts_as_completed_late_in_the_next_period_and_drops_out_of_the_one_after()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", completed: "2026-03-21");

        var april = AsOfRules.Classify(task, ReportPeriods.Month(CutOffRule.Default, 2026, 4))!;

        Assert.Equal(ProgressCategory.CompletedLate, april.Category);
        Assert.Equal(11, april.DaysLate);
        Assert.Null(AsOfRules.Classify(task, ReportPeriods.Month(CutOffRule.Default, 2026, 5)));
    }

    [Fact]
    public void An_extension_approved_before_the_cut_off_counts_against_the_new_due_date()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", extensions: [("2026-03-09", "2026-03-31")]);

        Assert.Equal(ProgressCategory.InProgressOnTime, AsOfRules.Classify(task, March)!.Category);
        Assert.Equal(Date("2026-03-31"), AsOfRules.Classify(task, March)!.DueDate);
    }

    [Fact]
    public void An_extension_approved_on_the_cut_off_day_counts_for_that_cut_off()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", extensions: [("2026-03-14", "2026-03-31")]);

        Assert.Equal(ProgressCategory.InProgressOnTime, AsOfRules.Classify(task, March)!.Category);
    }

    [Fact]
    public void An_extension_approved_after_the_cut_off_does_not_change_that_period()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", extensions: [("2026-03-16", "2026-03-31")]);

        var march = AsOfRules.Classify(task, March)!;
        var april = AsOfRules.Classify(task, ReportPeriods.Month(CutOffRule.Default, 2026, 4))!;

        Assert.Equal(ProgressCategory.InProgressOverdue, march.Category);
        Assert.Equal(Date("2026-03-10"), march.DueDate);
        Assert.Equal(ProgressCategory.InProgressOverdue, april.Category);
        Assert.Equal(Date("2026-03-31"), april.DueDate);
        Assert.Equal(14, april.DaysLate);
    }

    [Fact]
    public void A_completion_is_judged_against_the_due_date_in_force_on_the_day_of_completion()
    {
        var extendedFirst = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-01", completed: "2026-03-05",
            extensions: [("2026-02-27", "2026-03-06")]);
        var extendedAfter = Facts.Task("t2", "SXD", created: "2026-01-05", due: "2026-03-01", completed: "2026-03-05");

        Assert.Equal(ProgressCategory.CompletedOnTime, AsOfRules.Classify(extendedFirst, March)!.Category);
        Assert.Equal(ProgressCategory.CompletedLate, AsOfRules.Classify(extendedAfter, March)!.Category);
        Assert.Equal(4, AsOfRules.Classify(extendedAfter, March)!.DaysLate);
    }

    [Fact]
    public void Completion_on_the_due_date_is_on_time()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", completed: "2026-03-10");

        Assert.Equal(ProgressCategory.CompletedOnTime, AsOfRules.Classify(task, March)!.Category);
    }

    [Fact]
    public void A_task_cancelled_after_the_cut_off_is_still_counted_as_open_in_that_period()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", cancelled: "2026-03-20");

        Assert.Equal(ProgressCategory.InProgressOverdue, AsOfRules.Classify(task, March)!.Category);
        Assert.False(AsOfRules.CancelledIn(task, March));
    }

    [Fact]
    public void A_task_cancelled_before_the_cut_off_is_left_out_of_the_categories_and_counted_as_cancelled()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-10", cancelled: "2026-03-01");

        Assert.Null(AsOfRules.Classify(task, March));
        Assert.True(AsOfRules.CancelledIn(task, March));
    }

    [Fact]
    public void A_task_entered_after_the_cut_off_is_not_in_the_period()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-03-15", due: "2026-03-20");

        Assert.Null(AsOfRules.Classify(task, March));
    }

    [Fact]
    public void A_task_entered_late_on_the_cut_off_day_in_Vietnam_is_in_the_period_even_though_it_is_still_that_day_in_UTC()
    {
        // 23:30 on 14/03/2026 in Vietnam is 16:30 UTC the same day; 00:30 on 15/03 in Vietnam is 17:30 UTC on 14/03.
        var late = Facts.Task("t1", "SXD", created: "2026-03-14", due: "2026-04-30") with
        {
            CreatedAt = new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.FromHours(7)),
        };
        var next = late with { CreatedAt = new DateTimeOffset(2026, 3, 14, 17, 30, 0, TimeSpan.Zero) };

        Assert.NotNull(AsOfRules.Classify(late, March));
        Assert.Null(AsOfRules.Classify(next, March));
    }

    [Fact]
    public void A_conditional_task_given_its_date_after_the_cut_off_has_no_due_date_in_that_period()
    {
        var task = Facts.Task("t1", "CAT", created: "2026-01-05", due: null, extensions: [("2026-03-20", "2026-03-01")]);

        var standing = AsOfRules.Classify(task, March)!;

        Assert.Equal(ProgressCategory.InProgressOnTime, standing.Category);
        Assert.Null(standing.DueDate);
        Assert.Equal(ProgressCategory.InProgressOverdue, AsOfRules.Classify(task, ReportPeriods.Month(CutOffRule.Default, 2026, 4))!.Category);
    }

    [Fact]
    public void A_task_due_on_the_cut_off_and_still_open_is_in_progress_on_time()
    {
        var task = Facts.Task("t1", "SXD", created: "2026-01-05", due: "2026-03-14");

        Assert.Equal(ProgressCategory.InProgressOnTime, AsOfRules.Classify(task, March)!.Category);
    }
}
