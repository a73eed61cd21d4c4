using Serverless.Testing;
using Serverless.Tracking.FollowUp;
using Xunit;

namespace Serverless.Tracking.Tests.FollowUp;

public sealed class FollowUpPolicyTests
{
    private static readonly AgencyDirectory Agencies = AgencyDirectory.Load(Path.Combine(AppContext.BaseDirectory, "agencies.json"));
    private static readonly WorkingDays Official = WorkingDays.FromHolidayFile(Path.Combine(AppContext.BaseDirectory, "holidays.json"));

    [Fact]
    public void The_shipped_policy_file_is_valid_and_matches_the_built_in_default()
    {
        var shipped = FollowUpPolicy.Load(RepoPaths.Combine("functions", "Serverless.Functions", "follow-up-policy.json"), Agencies);

        Assert.Equal(3, shipped.AnswerWithinWorkingDays);
        Assert.Equal(10, shipped.QuietAfterWorkingDays);
        Assert.Equal(FollowUpPolicy.Default.Explanation.Ladder.Stages, shipped.Explanation.Ladder.Stages);
        Assert.Equal(FollowUpPolicy.Default.QuietProgress.Ladder.Stages, shipped.QuietProgress.Ladder.Stages);
        Assert.Equal("2026-12-mac-dinh", shipped.Explanation.Ladder.PolicyVersion);
        Assert.Equal("VPUBND", shipped.QuietProgress.RecipientsFor(Agencies, "SXD", []).ForLevel(2));
    }

    public static TheoryData<Action<FollowUpPolicyFile>, string> BadEntries() => new()
    {
        { f => f.Version = "", "version" },
        { f => f.Explanation = null, "explanation" },
        { f => f.QuietProgress = null, "quietProgress" },
        { f => f.Explanation!.AnswerWithinWorkingDays = 0, "explanation.answerWithinWorkingDays" },
        { f => f.QuietProgress!.QuietAfterWorkingDays = 500, "quietProgress.quietAfterWorkingDays" },
        { f => f.QuietProgress!.Ladder = null, "quietProgress.ladder" },
        { f => f.Explanation!.Ladder!.Stages![0]!.Level = 9, "explanation.ladder: stages[0].level" },
        { f => f.QuietProgress!.Ladder!.Stages![1]!.Offset = 0, "quietProgress.ladder: stages[1].level" },
        { f => f.QuietProgress!.Ladder!.Recipients = new() { ["2"] = "KHONGCO" }, "quietProgress.ladder: recipients.2" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void A_bad_entry_stops_loading_with_a_message_naming_it(Action<FollowUpPolicyFile> spoil, string field)
    {
        var file = FollowUpPolicy.DefaultFile();
        spoil(file);

        var error = Assert.Throws<InvalidOperationException>(() => FollowUpPolicy.From(file, Agencies));

        Assert.Contains($"follow-up-policy.json: {field}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quiet_ladder_counts_working_days_across_a_public_holiday()
    {
        // Quiet on Thursday 31/8/2023; 1/9 to 4/9/2023 are off (Quốc khánh): 5 working days later is Monday 11/9.
        var schedule = new LadderSchedule(FollowUpPolicy.Default.QuietProgress.Ladder, new DateOnly(2023, 8, 31), Official.Add);

        Assert.Equal(new DateOnly(2023, 8, 31), VietnamTime.DateOf(schedule.StageAt(0)!.At));
        Assert.Equal(new DateOnly(2023, 9, 11), VietnamTime.DateOf(schedule.StageAt(1)!.At));
        Assert.Null(schedule.StageAt(2));
    }
}
