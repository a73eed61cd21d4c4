using Serverless.Tracking;
using Serverless.Testing;
using Xunit;

namespace Serverless.Tracking.Tests;

public sealed class EscalationPolicyTests
{
    private static readonly AgencyDirectory Agencies = AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json"));

    private static EscalationPolicyFile Valid() => new()
    {
        Version = "test",
        Stages =
        [
            new() { Name = "remind-3d", Offset = -3, Level = 0, Unit = "workingDays", IncludeCoordinating = true },
            new() { Name = "overdue-2d", Offset = 2, Level = 1, Unit = "workingDays" },
            new() { Name = "overdue-5d", Offset = 5, Level = 3 },
        ],
        RepeatEveryDays = 7,
    };

    [Fact]
    public void The_shipped_policy_file_is_valid_and_reminds_coordinating_agencies_before_the_deadline()
    {
        var policy = EscalationPolicy.Load(RepoPaths.Combine("functions", "Serverless.Functions", "escalation-policy.json"), Agencies);

        Assert.Equal(7, policy.Ladder.Stages.Count);
        Assert.True(policy.Ladder.Stages[0].IncludeCoordinating);
        Assert.All(policy.Ladder.Stages.Where(s => s.Level > 0), s => Assert.False(s.IncludeCoordinating));
    }

    [Fact]
    public void A_valid_policy_keeps_units_levels_and_repeats()
    {
        var policy = EscalationPolicy.From(Valid(), Agencies);

        Assert.Equal(DayUnit.WorkingDays, policy.Ladder.Stages[0].Unit);
        Assert.Equal(7, policy.Ladder.RepeatEveryDays);
        Assert.Equal("test", policy.Ladder.PolicyVersion);
    }

    public static TheoryData<Action<EscalationPolicyFile>, string> BadEntries() => new()
    {
        { f => f.Version = null, "version" },
        { f => f.Stages = [], "stages" },
        { f => f.Stages![1]!.Name = "Overdue 2d", "stages[1].name" },
        { f => f.Stages![1]!.Name = "remind-3d", "stages[1].name" },
        { f => f.Stages![0]!.Level = 5, "stages[0].level" },
        { f => f.Stages![0]!.Offset = 2, "stages[0].level" },
        { f => f.Stages![1]!.Unit = "weeks", "stages[1].unit" },
        { f => f.Stages![2]!.Offset = 1, "stages[2].offset" },
        { f => f.Stages![1]!.IncludeCoordinating = true, "stages[1].includeCoordinating" },
        { f => f.SendAtLocalHour = 24, "sendAtLocalHour" },
        { f => f.Recipients = new() { ["2"] = "NOPE" }, "recipients.2" },
        { f => f.Recipients = new() { ["1"] = "leadership" }, "recipients.1" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void A_bad_entry_stops_loading_with_a_message_naming_it(Action<EscalationPolicyFile> spoil, string field)
    {
        var file = Valid();
        spoil(file);

        var error = Assert.Throws<InvalidOperationException>(() => EscalationPolicy.From(file, Agencies));

        Assert.Contains($": {field}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_recipients_can_be_redirected_to_another_agency()
    {
        var file = Valid();
        file.Recipients = new() { ["2"] = "leadership", ["3"] = "VPUBND" };

        var recipients = EscalationPolicy.From(file, Agencies).RecipientsFor(Agencies, "SXD", ["STC"]);

        Assert.Equal("LANHDAO", recipients.ForLevel(2));
        Assert.Equal("VPUBND", recipients.ForLevel(3));
        Assert.Equal("SXD", recipients.ForLevel(1));
    }

    private static readonly WorkingDays Official = WorkingDays.FromHolidayFile(Path.Combine(AppContext.BaseDirectory, "holidays.json"));

    [Fact]
    public void Working_day_stages_skip_weekends()
    {
        // Due Monday 2/10/2023: 3 working days before is Wednesday 27/9; 2 working days after is Wednesday 4/10.
        var schedule = new LadderSchedule(EscalationPolicy.From(Valid(), Agencies).Ladder, new DateOnly(2023, 10, 2), Official.Add);

        Assert.Equal(new DateOnly(2023, 9, 27), VietnamTime.DateOf(schedule.StageAt(0)!.At));
        Assert.Equal(new DateOnly(2023, 10, 4), VietnamTime.DateOf(schedule.StageAt(1)!.At));
        Assert.Equal(new DateOnly(2023, 10, 14), VietnamTime.DateOf(schedule.StageAt(3)!.At));
    }

    [Fact]
    public void Working_day_stages_skip_Tet_and_the_announced_days_off()
    {
        // Due Friday 16/2/2024, right after Tết (8-14/2/2024 off): 3 working days before is Tuesday 6/2;
        // a task due Friday 26/4/2024 escalated 2 working days after skips 27/4-1/5 (29/4 swapped) and lands on Friday 3/5.
        var beforeTet = new LadderSchedule(EscalationPolicy.From(Valid(), Agencies).Ladder, new DateOnly(2024, 2, 16), Official.Add);
        var beforeMay = new LadderSchedule(EscalationPolicy.From(Valid(), Agencies).Ladder, new DateOnly(2024, 4, 26), Official.Add);

        Assert.Equal(new DateOnly(2024, 2, 6), VietnamTime.DateOf(beforeTet.StageAt(0)!.At));
        Assert.Equal(new DateOnly(2024, 5, 3), VietnamTime.DateOf(beforeMay.StageAt(1)!.At));
    }
}
