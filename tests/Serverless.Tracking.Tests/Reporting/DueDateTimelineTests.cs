using Serverless.Tracking.Reporting;
using Xunit;
using static Serverless.Tracking.Tests.Calendar.ShippedHolidays;

namespace Serverless.Tracking.Tests.Reporting;

public sealed class DueDateTimelineTests
{
    [Fact]
    public void The_earliest_of_several_deadlines_moves_when_the_earliest_one_is_extended()
    {
        IReadOnlyList<DueDateRevision> first = [new(Date("2026-01-05"), Date("2026-03-01")), new(Date("2026-02-20"), Date("2026-05-01"))];
        IReadOnlyList<DueDateRevision> second = [new(Date("2026-01-05"), Date("2026-04-01"))];

        var earliest = DueDateTimeline.Earliest([first, second]);

        Assert.Equal([new DueDateRevision(Date("2026-01-05"), Date("2026-03-01")), new DueDateRevision(Date("2026-02-20"), Date("2026-04-01"))], earliest);
    }

    [Fact]
    public void A_deadline_added_later_counts_from_the_day_it_was_set()
    {
        IReadOnlyList<DueDateRevision> set = [new(Date("2026-03-20"), Date("2026-03-25"))];

        var earliest = DueDateTimeline.Earliest([set]);

        Assert.Equal([new DueDateRevision(Date("2026-03-20"), Date("2026-03-25"))], earliest);
        Assert.Empty(DueDateTimeline.Earliest([]));
    }
}
