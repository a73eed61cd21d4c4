using Serverless.Grains.Storage;
using Serverless.Tracking;
using Xunit;
using static Serverless.Grains.Tests.FollowUpTestKit;

namespace Serverless.Grains.Tests;

[Collection(GrainClusterGroup.Name)]
public sealed class ExplanationGrainTests(GrainClusterFixture fixture)
{
    private readonly FollowUpTestKit kit = new(fixture);

    private ExplanationBoard Board => new(fixture.Tables);

    private async Task<List<OpenExplanation>> OpenListAsync(string taskId) =>
        (await Board.ListOpenAsync("SXD", null, 200)).Items.Where(e => e.TaskId == taskId).ToList();

    [Fact]
    public async Task Asking_the_lead_agency_of_an_overdue_task_delivers_the_request_lists_it_and_records_it()
    {
        var (grain, taskId) = await kit.CreateAsync(PastDue);

        var result = await grain.RequestExplanationAsync(null, "Đề nghị giải trình lý do chậm hoàn thiện hồ sơ.", Leader);

        Assert.True(result.Applied, result.RefusalReason);
        var request = Assert.Single(result.Task!.Explanations!);
        Assert.Equal("gt1", request.RequestId);
        // 20/7/2023 (Thursday) + 3 working days = Tuesday 25/7/2023.
        Assert.Equal(new DateOnly(2023, 7, 25), request.AnswerDueDate);
        Assert.Equal(PastDue, request.OverdueDueDate);
        var sent = Assert.Single(await kit.InboxAsync("SXD", taskId));
        Assert.Equal($"{taskId}.gt1.request", sent.Id);
        Assert.Equal("explanation-request", sent.Kind);
        Assert.Contains("giải trình", sent.Message, StringComparison.Ordinal);
        Assert.Contains("25/07/2023", sent.Message, StringComparison.Ordinal);
        Assert.Contains(result.Task.History, h => h.Action == "explanation-requested" && h.Actor == Leader);
        Assert.Equal("gt1", Assert.Single(await OpenListAsync(taskId)).RequestId);
        Assert.Equal([Vietnam(7, 24, 8)], await kit.PendingChecksAsync(TrackingIds.ExplanationId(taskId, 1)));
    }

    [Fact]
    public async Task An_unanswered_request_is_reminded_then_escalated_to_the_office_and_the_leadership_each_stage_once()
    {
        var (grain, taskId) = await kit.CreateAsync(PastDue);
        await grain.RequestExplanationAsync(null, "Đề nghị giải trình.", Office);
        var id = TrackingIds.ExplanationId(taskId, 1);

        var monday = await kit.SweepAsync(id, Vietnam(7, 24));
        var again = await kit.SweepAsync(id, Vietnam(7, 24));
        await kit.SweepAsync(id, Vietnam(7, 25));
        await kit.SweepAsync(id, Vietnam(7, 26));
        await kit.SweepAsync(id, Vietnam(7, 28));
        var after = await kit.SweepAsync(id, Vietnam(8, 2));

        Assert.Equal(["gt1.remind-1d"], monday);
        Assert.Empty(again);
        Assert.Empty(after);
        Assert.Equal(["gt1.due-today", "gt1.remind-1d", "gt1.request"], (await kit.InboxAsync("SXD", taskId)).Select(n => n.Stage));
        var office = Assert.Single(await kit.InboxAsync("VPUBND", taskId));
        Assert.Equal(("gt1.overdue-1d", "explanation-escalation", 2), (office.Stage, office.Kind, office.Level));
        Assert.Contains("chưa gửi giải trình", office.Message, StringComparison.Ordinal);
        Assert.Equal("gt1.overdue-3d", Assert.Single(await kit.InboxAsync("LANHDAO", taskId)).Stage);
        var history = (await grain.GetAsync())!.History;
        Assert.Equal(2, history.Count(h => h.Action == "explanation-reminded"));
        Assert.Equal(2, history.Count(h => h.Action == "explanation-escalated"));
        Assert.Empty(await kit.PendingChecksAsync(id));
    }

    [Fact]
    public async Task After_a_week_long_outage_an_unanswered_request_sends_only_the_stage_current_now()
    {
        var (grain, taskId) = await kit.CreateAsync(PastDue);
        await grain.RequestExplanationAsync(null, "Đề nghị giải trình.", Leader);
        var id = TrackingIds.ExplanationId(taskId, 1);

        // Down from 20/7 to 31/7: every stage of the request's ladder came due meanwhile.
        var late = await kit.SweepAsync(id, Vietnam(7, 31));
        var twice = await kit.SweepAsync(id, Vietnam(7, 31));

        Assert.Equal(["gt1.overdue-3d"], late);
        Assert.Empty(twice);
        Assert.Equal(["gt1.request"], (await kit.InboxAsync("SXD", taskId)).Select(n => n.Stage));
        Assert.Empty(await kit.InboxAsync("VPUBND", taskId));
        Assert.Single(await kit.InboxAsync("LANHDAO", taskId));
        Assert.Equal(["overdue-3d"], (await grain.GetAsync())!.Explanations![0].StagesSent);
    }

    [Fact]
    public async Task The_lead_agencys_answer_stops_the_reminders_and_takes_the_request_off_the_list()
    {
        var (grain, taskId) = await kit.CreateAsync(PastDue);
        await grain.RequestExplanationAsync(new DateOnly(2023, 7, 27), "Đề nghị giải trình.", Leader);

        var answered = await grain.AnswerExplanationAsync("gt1", "Chậm do chờ ý kiến thẩm định của Bộ Xây dựng.", Sxd);
        var swept = await kit.SweepAsync(TrackingIds.ExplanationId(taskId, 1), Vietnam(8, 2));

        Assert.True(answered.Applied, answered.RefusalReason);
        var request = Assert.Single(answered.Task!.Explanations!);
        Assert.Equal("Chậm do chờ ý kiến thẩm định của Bộ Xây dựng.", request.Answer);
        Assert.Equal(Sxd, request.AnsweredBy);
        Assert.Null(request.NextCheckAt);
        Assert.Empty(swept);
        Assert.Empty(await OpenListAsync(taskId));
        Assert.Contains(answered.Task.History, h => h.Action == "explanation-answered" && h.Actor == Sxd && h.Detail.Contains("Bộ Xây dựng", StringComparison.Ordinal));
        Assert.Empty(await kit.InboxAsync("VPUBND", taskId));
    }

    [Fact]
    public async Task A_task_not_overdue_cannot_be_asked_to_explain_and_nothing_is_stored()
    {
        var (grain, taskId) = await kit.CreateAsync(new DateOnly(2023, 9, 30));

        var result = await grain.RequestExplanationAsync(null, "Đề nghị giải trình.", Leader);

        Assert.False(result.Applied);
        Assert.Equal("taskId", result.RefusalField);
        Assert.Contains("chưa quá hạn", result.RefusalReason, StringComparison.Ordinal);
        Assert.Empty(result.Task!.Explanations!);
        Assert.DoesNotContain(result.Task.History, h => h.Action.StartsWith("explanation", StringComparison.Ordinal));
        Assert.Empty(await kit.InboxAsync("SXD", taskId));
        Assert.Empty(await OpenListAsync(taskId));
        Assert.Empty(await kit.PendingChecksAsync(TrackingIds.ExplanationId(taskId, 1)));
    }

    [Fact]
    public async Task A_second_request_while_one_is_open_and_an_answer_from_another_agency_are_refused()
    {
        var (grain, taskId) = await kit.CreateAsync(PastDue);
        await grain.RequestExplanationAsync(null, "Lần một.", Leader);

        var second = await grain.RequestExplanationAsync(null, "Lần hai.", Office);
        var fromCoordinating = await grain.AnswerExplanationAsync("gt1", "Sở Tài chính trả lời thay.", Stc);
        var unknown = await grain.AnswerExplanationAsync("gt9", "Không có yêu cầu này.", Sxd);

        Assert.Equal("taskId", second.RefusalField);
        Assert.Equal("agency", fromCoordinating.RefusalField);
        Assert.Equal("requestId", unknown.RefusalField);
        var task = (await grain.GetAsync())!;
        var open = Assert.Single(task.Explanations!);
        Assert.Null(open.Answer);
        Assert.Single(task.History, h => h.Action == "explanation-requested");
        Assert.Single(await kit.InboxAsync("SXD", taskId));
    }
}
