using Serverless.Tracking;
using Xunit;

namespace Serverless.Tracking.Tests;

public sealed class ProgressCategoryTests
{
    private static readonly DateOnly Due = new(2023, 9, 30);

    [Theory]
    [InlineData(DirectiveTaskStatus.Completed, "2023-09-30", "2023-10-05", ProgressCategory.CompletedOnTime)]
    [InlineData(DirectiveTaskStatus.Completed, "2023-10-01", "2023-10-05", ProgressCategory.CompletedLate)]
    [InlineData(DirectiveTaskStatus.InProgress, null, "2023-09-30", ProgressCategory.InProgressOnTime)]
    [InlineData(DirectiveTaskStatus.InProgress, null, "2023-10-01", ProgressCategory.InProgressOverdue)]
    public void A_task_is_late_only_once_the_Vietnamese_date_passes_its_due_date(
        DirectiveTaskStatus status, string? completedOn, string today, ProgressCategory expected)
    {
        var category = ProgressCategories.Classify(status, Due,
            completedOn is null ? null : DateOnly.Parse(completedOn, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, category);
    }

    [Fact]
    public void A_task_without_a_due_date_is_never_overdue()
    {
        Assert.Equal(ProgressCategory.InProgressOnTime, ProgressCategories.Classify(DirectiveTaskStatus.InProgress, null, null, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void A_cancelled_task_has_no_category()
    {
        Assert.Null(ProgressCategories.Classify(DirectiveTaskStatus.Cancelled, Due, null, Due));
    }

    [Fact]
    public void Each_category_has_its_Vietnamese_label()
    {
        Assert.Equal("Hoàn thành đúng hạn", ProgressCategories.Label(ProgressCategory.CompletedOnTime));
        Assert.Equal("Hoàn thành quá hạn", ProgressCategories.Label(ProgressCategory.CompletedLate));
        Assert.Equal("Đang thực hiện trong hạn", ProgressCategories.Label(ProgressCategory.InProgressOnTime));
        Assert.Equal("Đang thực hiện quá hạn", ProgressCategories.Label(ProgressCategory.InProgressOverdue));
    }

    [Fact]
    public void Vietnam_dates_turn_at_midnight_UTC_plus_7()
    {
        Assert.Equal(new DateOnly(2023, 9, 30), VietnamTime.DateOf(new DateTimeOffset(2023, 9, 30, 16, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2023, 10, 1), VietnamTime.DateOf(new DateTimeOffset(2023, 9, 30, 17, 0, 0, TimeSpan.Zero)));
    }
}
