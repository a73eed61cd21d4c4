using Microsoft.Extensions.DependencyInjection;
using Serverless.Tracking;
using Serverless.Grains.Grains;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Grains.Tests;

[Collection(GrainClusterGroup.Name)]
public sealed class TaskWorkflowGrainTests(GrainClusterFixture fixture)
{
    private static readonly Actor Agency = new("sxd-user", "agency", "SXD");
    private static readonly Actor Leader = new("chu-tich", "leader", null);
    private static readonly DateOnly Due = new(2023, 9, 30);

    private static DateTimeOffset Vietnam(int month, int day, int hour = 9) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    private async Task<(IDirectiveTaskGrain Grain, TaskDefinition Definition)> CreateAsync(TaskDefinition definition)
    {
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        return (grain, definition);
    }

    private async Task<List<Notification>> InboxAsync(string recipient, string taskId)
    {
        var page = await fixture.Outbox.ListForRecipientAsync(recipient, null, 200);
        return page.Items.Where(n => n.TaskId == taskId).ToList();
    }

    [Fact]
    public async Task An_approved_extension_moves_the_deadline_keeps_the_old_date_and_restarts_the_ladder()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        var deadlineId = TrackingIds.DeadlineId(definition.TaskId, 1);
        var deadline = fixture.Grains.GetGrain<IDeadlineGrain>(deadlineId);
        await deadline.CheckAsync(Vietnam(9, 23));

        var requested = await grain.RequestExtensionAsync(deadlineId, new DateOnly(2023, 10, 31), "Chờ ý kiến thẩm định của Bộ Xây dựng.", Agency);
        var decided = await grain.DecideExtensionAsync("e1", approve: true, "Đồng ý, không gia hạn thêm.", Leader);

        Assert.True(requested.Applied);
        Assert.True(decided.Applied);
        var moved = Assert.Single(decided.Task!.Deadlines);
        Assert.Equal(new DateOnly(2023, 10, 31), moved.DueDate);
        Assert.Equal([Due], moved.PreviousDueDates!);
        Assert.Equal(ExtensionDecision.Approved, Assert.Single(decided.Task.Extensions!).Decision);
        Assert.Contains(decided.Task.History, h => h.Action == "extension-approved" && h.Detail.Contains("30/09/2023", StringComparison.Ordinal)
            && h.Detail.Contains("31/10/2023", StringComparison.Ordinal) && h.Actor == Leader);

        // The old date's stages are over; the new date's ladder starts again from its first reminder.
        Assert.Null((await deadline.CheckAsync(Vietnam(10, 2))).NotifiedStage);
        Assert.Equal("r1.remind-7d", (await deadline.CheckAsync(Vietnam(10, 24))).NotifiedStage);
        // The agency also got the approval itself (issue 15: decisions reach the agency on the same outbox path).
        Assert.Equal(["e1.approved", "r1.remind-7d", "remind-7d"], (await InboxAsync("SXD", definition.TaskId)).Select(n => n.Stage).Order(StringComparer.Ordinal));
        var index = await fixture.TaskIndex.QueryAsync(new TaskQuery("SXD", null, null), null, 200);
        Assert.Contains(index.Items, e => e.TaskId == definition.TaskId && e.DueDate == new DateOnly(2023, 10, 31));
    }

    [Fact]
    public async Task A_rejected_extension_keeps_the_date()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        await grain.RequestExtensionAsync(TrackingIds.DeadlineId(definition.TaskId, 1), new DateOnly(2023, 10, 31), "Thiếu kinh phí.", Agency);

        var decided = await grain.DecideExtensionAsync("e1", approve: false, "Đề nghị hoàn thành đúng hạn.", Leader);

        Assert.Equal(Due, Assert.Single(decided.Task!.Deadlines).DueDate);
        Assert.Equal(ExtensionDecision.Rejected, decided.Task.Extensions![0].Decision);
        Assert.False((await grain.DecideExtensionAsync("e1", approve: true, null, Leader)).Applied);
    }

    [Fact]
    public async Task An_extension_must_ask_for_a_later_date_and_only_one_may_wait_at_a_time()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        var deadlineId = TrackingIds.DeadlineId(definition.TaskId, 1);

        var earlier = await grain.RequestExtensionAsync(deadlineId, new DateOnly(2023, 9, 1), "Sớm hơn", Agency);
        var first = await grain.RequestExtensionAsync(deadlineId, new DateOnly(2023, 10, 15), "Lần 1", Agency);
        var second = await grain.RequestExtensionAsync(deadlineId, new DateOnly(2023, 10, 30), "Lần 2", Agency);
        var unknown = await grain.RequestExtensionAsync(deadlineId + "9", new DateOnly(2023, 10, 30), "Sai", Agency);

        Assert.False(earlier.Applied);
        Assert.True(first.Applied);
        Assert.False(second.Applied);
        Assert.False(unknown.Applied);
        Assert.Single((await grain.GetAsync())!.Extensions!);
    }

    [Fact]
    public async Task An_acknowledgement_is_recorded_once_per_agency_and_only_for_notifications_the_task_has_sent()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        var deadlineId = TrackingIds.DeadlineId(definition.TaskId, 1);
        var notificationId = TrackingIds.NotificationId(deadlineId, "remind-7d");
        var notYetSent = await grain.AcknowledgeAsync(notificationId, Agency);
        await fixture.Grains.GetGrain<IDeadlineGrain>(deadlineId).CheckAsync(Vietnam(9, 23));

        var first = await grain.AcknowledgeAsync(notificationId, Agency);
        var coordinating = await grain.AcknowledgeAsync($"{notificationId}.STC", new Actor("stc-user", "agency", "STC"));
        var again = await grain.AcknowledgeAsync(notificationId, Agency);
        var foreign = await grain.AcknowledgeAsync("tb-khac.1.1.d1.remind-7d", Agency);

        Assert.False(notYetSent.Applied);
        Assert.True(first.Applied);
        Assert.True(again.Applied);
        Assert.True(coordinating.Applied);
        Assert.False(foreign.Applied);
        Assert.Equal(2, (await grain.GetAsync())!.History.Count(h => h.Action == "acknowledged"));
    }

    [Fact]
    public async Task A_regular_duty_is_tracked_but_never_escalated()
    {
        var (grain, _) = await CreateAsync(TestNotices.Task() with { Timing = TaskTiming.Regular });

        var task = (await grain.GetAsync())!;
        var report = await grain.ReportProgressAsync("Báo cáo định kỳ tháng 8.", null, Agency);

        Assert.Equal(DirectiveTaskStatus.InProgress, task.Status);
        Assert.Empty(task.Deadlines);
        Assert.True(report.Applied);
    }

    [Fact]
    public async Task A_conditional_task_waits_until_a_leader_sets_its_date_then_its_ladder_runs()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task() with { Timing = TaskTiming.Conditional });
        Assert.Equal(DirectiveTaskStatus.AwaitingDate, (await grain.GetAsync())!.Status);
        Assert.False((await grain.RequestExtensionAsync("x", Due, "?", Agency)).Applied);

        var set = await grain.SetDueDateAsync(Due, "Đã có hướng dẫn của Bộ.", Leader);
        var again = await grain.SetDueDateAsync(Due.AddDays(5), null, Leader);

        Assert.Equal(DirectiveTaskStatus.InProgress, set.Task!.Status);
        Assert.Equal(Due, Assert.Single(set.Task.Deadlines).DueDate);
        Assert.False(again.Applied);
        var result = await fixture.Grains.GetGrain<IDeadlineGrain>(TrackingIds.DeadlineId(definition.TaskId, 1)).CheckAsync(Vietnam(9, 23));
        Assert.Equal("remind-7d", result.NotifiedStage);
    }

    [Fact]
    public async Task Coordinating_agencies_get_the_reminders_that_include_them_and_never_escalations()
    {
        var siloServices = fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.GetActiveSilos().First().SiloAddress);
        var policy = siloServices.GetRequiredService<LadderPolicy>();
        var original = policy.Current;
        policy.Replace(EscalationPolicy.From(new EscalationPolicyFile
        {
            Version = "coordinating-test",
            Stages =
            [
                new() { Name = "remind-7d", Offset = -7, Level = 0, IncludeCoordinating = true },
                new() { Name = "remind-1d", Offset = -1, Level = 0 },
                new() { Name = "overdue-1d", Offset = 1, Level = 1 },
            ],
        }, fixture.Agencies));
        try
        {
            var (_, definition) = await CreateAsync(TestNotices.Task(Due));
            var deadline = fixture.Grains.GetGrain<IDeadlineGrain>(TrackingIds.DeadlineId(definition.TaskId, 1));

            await deadline.CheckAsync(Vietnam(9, 23));
            await deadline.CheckAsync(Vietnam(9, 29));
            await deadline.CheckAsync(Vietnam(10, 1));

            Assert.Equal(["remind-7d"], (await InboxAsync("STC", definition.TaskId)).Select(n => n.Stage));
            Assert.Contains("phối hợp", (await InboxAsync("STC", definition.TaskId))[0].Message, StringComparison.Ordinal);
            Assert.Equal(3, (await InboxAsync("SXD", definition.TaskId)).Count);
            Assert.Equal("coordinating-test", (await deadline.GetAsync())!.PolicyVersion);
        }
        finally
        {
            policy.Replace(original);
        }
    }

    [Fact]
    public async Task A_changed_policy_applies_to_new_tasks_only()
    {
        var siloServices = fixture.Cluster.GetSiloServiceProvider(fixture.Cluster.GetActiveSilos().First().SiloAddress);
        var policy = siloServices.GetRequiredService<LadderPolicy>();
        var original = policy.Current;
        var (_, before) = await CreateAsync(TestNotices.Task(Due));
        policy.Replace(EscalationPolicy.From(new EscalationPolicyFile
        {
            Version = "v2-chi-nhac-1-ngay",
            Stages = [new() { Name = "remind-1d", Offset = -1, Level = 0 }],
        }, fixture.Agencies));
        try
        {
            var (_, after) = await CreateAsync(TestNotices.Task(Due));
            var oldDeadline = fixture.Grains.GetGrain<IDeadlineGrain>(TrackingIds.DeadlineId(before.TaskId, 1));
            var newDeadline = fixture.Grains.GetGrain<IDeadlineGrain>(TrackingIds.DeadlineId(after.TaskId, 1));

            Assert.Equal("remind-7d", (await oldDeadline.CheckAsync(Vietnam(9, 23))).NotifiedStage);
            Assert.Null((await newDeadline.CheckAsync(Vietnam(9, 23))).NotifiedStage);
            Assert.Equal("remind-1d", (await newDeadline.CheckAsync(Vietnam(9, 29))).NotifiedStage);
            Assert.Equal("default", (await oldDeadline.GetAsync())!.PolicyVersion);
            Assert.Equal("v2-chi-nhac-1-ngay", (await newDeadline.GetAsync())!.PolicyVersion);
        }
        finally
        {
            policy.Replace(original);
        }
    }
}
