using System.Text.Json;
using Azure.Data.Tables;
using Serverless.Tracking;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Grains.Tests.Faults;

/// <summary>
/// Each command while the grains' storage refuses writes: it fails, the active grain still answers what storage
/// holds, storage (read after a deactivation) holds what it held before, and the retry redoes the whole command.
/// Own cluster: the outage switch and the deactivations must not disturb the other grain tests.
/// </summary>
public sealed class FailedWriteTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private const string TaskState = "task";
    private const string DeadlineState = "deadline";
    private const string NoticeState = "notice";
    private static readonly Actor Agency = new("sxd-user", "agency", "SXD");
    private static readonly Actor Leader = new("chu-tich", "leader", null);
    private static readonly DateOnly Due = new(2023, 9, 30);

    private static DateTimeOffset Vietnam(int month, int day, int hour = 9) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_creation_whose_write_failed_leaves_no_task_no_reminder_and_no_list_row_and_its_retry_makes_all_three()
    {
        var definition = TestNotices.Task(Due);
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        // Looked up once before, as a 404 does: the grain is active with an empty state.
        Assert.Null(await grain.GetAsync());

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.CreateAsync(definition, Actor.System), TaskState);
        Assert.Empty(await DueRowsAsync(definition.TaskId));
        Assert.Empty(await IndexRowsAsync(definition.TaskId));

        await grain.CreateAsync(definition, Actor.System);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.NotNull(stored);
        Assert.Equal(Due, Assert.Single(stored.Deadlines).DueDate);
        Assert.NotEmpty(await DueRowsAsync(definition.TaskId));
        Assert.NotEmpty(await IndexRowsAsync(definition.TaskId));
    }

    [Fact]
    public async Task An_import_whose_notice_write_failed_is_not_imported_and_its_retry_imports_it()
    {
        var noticeId = TestNotices.NewNoticeId();
        var notice = TestNotices.Notice(noticeId);
        var grain = fixture.Grains.GetGrain<INoticeGrain>(noticeId);
        Assert.Null(await grain.GetAsync());

        fixture.Outage.Start(NoticeState);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.ImportAsync(notice, Actor.System));
            Assert.Null(await grain.GetAsync());
        }
        finally
        {
            fixture.Outage.Stop();
        }

        await fixture.DeactivateAllAsync();
        Assert.Null(await grain.GetAsync());
        var retried = await grain.ImportAsync(notice, Actor.System);
        Assert.Equal(NoticeImportOutcome.Created, retried.Outcome);
        await fixture.DeactivateAllAsync();
        Assert.Equal(retried.TaskIds, (await grain.GetAsync())!.TaskIds);
        foreach (var taskId in retried.TaskIds) Assert.NotNull(await fixture.StoredTaskAsync(taskId));
    }

    [Fact]
    public async Task An_import_whose_task_writes_failed_creates_nothing_and_its_retry_creates_every_task()
    {
        var noticeId = TestNotices.NewNoticeId();
        var notice = TestNotices.Notice(noticeId);
        var taskIds = notice.AllTasks.Select(t => t.TaskId).ToList();
        foreach (var taskId in taskIds) Assert.Null(await fixture.Grains.GetGrain<IDirectiveTaskGrain>(taskId).GetAsync());
        var grain = fixture.Grains.GetGrain<INoticeGrain>(noticeId);

        fixture.Outage.Start(TaskState);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.ImportAsync(notice, Actor.System));
        }
        finally
        {
            fixture.Outage.Stop();
        }

        // No deactivation before the retry: it must not depend on the grains forgetting what failed.
        foreach (var taskId in taskIds)
        {
            Assert.Null(await fixture.Grains.GetGrain<IDirectiveTaskGrain>(taskId).GetAsync());
            Assert.Empty(await DueRowsAsync(taskId));
            Assert.Empty(await IndexRowsAsync(taskId));
        }
        Assert.Equal(NoticeImportOutcome.Created, (await grain.ImportAsync(notice, Actor.System)).Outcome);
        foreach (var taskId in taskIds)
        {
            Assert.NotNull(await fixture.StoredTaskAsync(taskId));
            Assert.NotEmpty(await DueRowsAsync(taskId));
        }
    }

    [Fact]
    public async Task A_progress_report_whose_write_failed_is_not_remembered_so_its_retry_with_the_same_request_id_stores_it()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, Agency, "req-1"), TaskState);
        Assert.Null(Assert.Single(await IndexRowsAsync(definition.TaskId), r => r.PartitionKey == definition.LeadAgency && r.RowKey == "a~" + definition.TaskId).GetDateTimeOffset("LastReportAt"));

        Assert.True((await grain.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, Agency, "req-1")).Applied);
        Assert.True((await grain.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, Agency, "req-1")).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal("Đã khảo sát hiện trạng.", Assert.Single(stored!.Reports).Text);
    }

    [Fact]
    public async Task A_completion_whose_write_failed_leaves_the_task_in_progress_with_its_ladder_and_its_retry_completes_it()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.CompleteAsync("Đã trình phê duyệt.", Agency), TaskState);
        Assert.False(Assert.Single((await fixture.StoredTaskAsync(definition.TaskId))!.Deadlines).Stopped);

        Assert.True((await grain.CompleteAsync("Đã trình phê duyệt.", Agency)).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(DirectiveTaskStatus.Completed, stored!.Status);
        Assert.True(Assert.Single(stored.Deadlines).Stopped);
    }

    [Fact]
    public async Task A_completion_whose_ladder_could_not_be_stopped_stops_it_before_the_next_command_on_the_task()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));

        fixture.Outage.Start(DeadlineState);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.CompleteAsync(null, Agency));
        }
        finally
        {
            fixture.Outage.Stop();
        }

        // The task's own write landed; its deadline still runs until the task's next command repairs it.
        Assert.False(Assert.Single((await grain.GetAsync())!.Deadlines).Stopped);
        var retried = await grain.CompleteAsync(null, Agency);
        Assert.False(retried.Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(DirectiveTaskStatus.Completed, stored!.Status);
        Assert.True(Assert.Single(stored.Deadlines).Stopped);
        Assert.Null((await fixture.Grains.GetGrain<IDeadlineGrain>(TrackingIds.DeadlineId(definition.TaskId, 1)).CheckAsync(Vietnam(9, 23))).NotifiedStage);
    }

    [Fact]
    public async Task A_cancellation_whose_write_failed_leaves_the_task_in_progress_and_its_retry_cancels_it()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.CancelAsync("Trùng với nhiệm vụ khác.", Leader), TaskState);

        Assert.True((await grain.CancelAsync("Trùng với nhiệm vụ khác.", Leader)).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(DirectiveTaskStatus.Cancelled, stored!.Status);
        Assert.True(Assert.Single(stored.Deadlines).Stopped);
    }

    [Fact]
    public async Task An_extension_request_whose_write_failed_is_not_pending_and_its_retry_is_the_first_request()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        var deadlineId = TrackingIds.DeadlineId(definition.TaskId, 1);

        await FailsAndChangesNothingAsync(definition.TaskId,
            g => g.RequestExtensionAsync(deadlineId, new DateOnly(2023, 10, 31), "Chờ thẩm định.", Agency), TaskState);

        var retried = await grain.RequestExtensionAsync(deadlineId, new DateOnly(2023, 10, 31), "Chờ thẩm định.", Agency);
        Assert.True(retried.Applied);
        Assert.Equal("e1", Assert.Single((await fixture.StoredTaskAsync(definition.TaskId))!.Extensions!).RequestId);
    }

    [Fact]
    public async Task An_approval_whose_write_failed_keeps_the_request_pending_and_the_date_and_its_retry_moves_the_deadline()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        await grain.RequestExtensionAsync(TrackingIds.DeadlineId(definition.TaskId, 1), new DateOnly(2023, 10, 31), "Chờ thẩm định.", Agency);

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.DecideExtensionAsync("e1", approve: true, null, Leader), TaskState);

        Assert.True((await grain.DecideExtensionAsync("e1", approve: true, null, Leader)).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(ExtensionDecision.Approved, Assert.Single(stored!.Extensions!).Decision);
        Assert.Equal(new DateOnly(2023, 10, 31), Assert.Single(stored.Deadlines).DueDate);
    }

    [Fact]
    public async Task An_approval_whose_reschedule_failed_moves_the_deadline_before_the_next_command_on_the_task()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        await grain.RequestExtensionAsync(TrackingIds.DeadlineId(definition.TaskId, 1), new DateOnly(2023, 10, 31), "Chờ thẩm định.", Agency);

        fixture.Outage.Start(DeadlineState);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => grain.DecideExtensionAsync("e1", approve: true, null, Leader));
        }
        finally
        {
            fixture.Outage.Stop();
        }

        Assert.True((await grain.ReportProgressAsync("Đang hoàn thiện hồ sơ.", 60, Agency)).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(ExtensionDecision.Approved, Assert.Single(stored!.Extensions!).Decision);
        var deadline = Assert.Single(stored.Deadlines);
        Assert.Equal(new DateOnly(2023, 10, 31), deadline.DueDate);
        Assert.Equal([Due], deadline.PreviousDueDates!);
    }

    [Fact]
    public async Task A_rejection_whose_write_failed_keeps_the_request_pending_and_its_retry_rejects_it()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        await grain.RequestExtensionAsync(TrackingIds.DeadlineId(definition.TaskId, 1), new DateOnly(2023, 10, 31), "Chờ thẩm định.", Agency);

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.DecideExtensionAsync("e1", approve: false, "Giữ hạn.", Leader), TaskState);

        Assert.True((await grain.DecideExtensionAsync("e1", approve: false, "Giữ hạn.", Leader)).Applied);
        Assert.Equal(ExtensionDecision.Rejected, Assert.Single((await fixture.StoredTaskAsync(definition.TaskId))!.Extensions!).Decision);
    }

    [Fact]
    public async Task An_acknowledgement_whose_write_failed_is_not_recorded_and_its_retry_records_it_once()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        var deadlineId = TrackingIds.DeadlineId(definition.TaskId, 1);
        await fixture.Grains.GetGrain<IDeadlineGrain>(deadlineId).CheckAsync(Vietnam(9, 23));
        var notificationId = TrackingIds.NotificationId(deadlineId, "remind-7d");

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.AcknowledgeAsync(notificationId, Agency), TaskState);

        Assert.True((await grain.AcknowledgeAsync(notificationId, Agency)).Applied);
        Assert.Single((await fixture.StoredTaskAsync(definition.TaskId))!.History, h => h.Action == "acknowledged");
    }

    [Fact]
    public async Task A_due_date_whose_write_failed_leaves_the_task_waiting_without_a_ladder_and_its_retry_starts_it()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task() with { Timing = TaskTiming.Conditional });

        await FailsAndChangesNothingAsync(definition.TaskId, g => g.SetDueDateAsync(Due, null, Leader), TaskState);
        Assert.Empty(await DueRowsAsync(definition.TaskId));

        Assert.True((await grain.SetDueDateAsync(Due, null, Leader)).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(DirectiveTaskStatus.InProgress, stored!.Status);
        Assert.Equal(Due, Assert.Single(stored.Deadlines).DueDate);
        Assert.NotEmpty(await DueRowsAsync(definition.TaskId));
    }

    [Fact]
    public async Task A_deadline_check_whose_write_failed_leaves_the_stage_unsent_and_its_retry_sends_it_exactly_once()
    {
        var (_, definition) = await CreateAsync(TestNotices.Task(Due));
        var deadline = fixture.Grains.GetGrain<IDeadlineGrain>(TrackingIds.DeadlineId(definition.TaskId, 1));
        var before = Json(await deadline.GetAsync());

        fixture.Outage.Start(DeadlineState);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => deadline.CheckAsync(Vietnam(9, 23)));
            Assert.Equal(before, Json(await deadline.GetAsync()));
        }
        finally
        {
            fixture.Outage.Stop();
        }
        await fixture.DeactivateAllAsync();
        Assert.Equal(before, Json(await deadline.GetAsync()));

        await fixture.AssertFirstReminderSentOnceAsync(deadline, definition.TaskId, Vietnam(9, 23));
    }

    [Fact]
    public async Task An_active_task_keeps_answering_reads_while_storage_is_down()
    {
        var (grain, definition) = await CreateAsync(TestNotices.Task(Due));
        var before = Json(await grain.GetAsync());

        fixture.Outage.Start();
        try
        {
            Assert.Equal(before, Json(await grain.GetAsync()));
            await Assert.ThrowsAnyAsync<Exception>(() => grain.ReportProgressAsync("Đang làm.", null, Agency));
            Assert.Equal(before, Json(await grain.GetAsync()));
            Assert.True(fixture.Outage.Refused > 0);
        }
        finally
        {
            fixture.Outage.Stop();
        }

        Assert.Equal(definition.TaskId, (await fixture.StoredTaskAsync(definition.TaskId))!.Definition.TaskId);
    }

    private async Task<(IDirectiveTaskGrain Grain, TaskDefinition Definition)> CreateAsync(TaskDefinition definition)
    {
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        return (grain, definition);
    }

    // The command fails while the named states are down; the active grain still answers what it answered before, and
    // so does storage once the grain is gone.
    private async Task FailsAndChangesNothingAsync(string taskId, Func<IDirectiveTaskGrain, Task> command, params string[] failingStates)
    {
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(taskId);
        var before = Json(await grain.GetAsync());
        fixture.Outage.Start(failingStates);
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => command(grain));
            Assert.True(fixture.Outage.Refused > 0);
            Assert.Equal(before, Json(await grain.GetAsync()));
        }
        finally
        {
            fixture.Outage.Stop();
        }
        await fixture.DeactivateAllAsync();
        Assert.Equal(before, Json(await grain.GetAsync()));
    }


    private async Task<List<TableEntity>> DueRowsAsync(string taskId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in fixture.Tables.DueIndex.QueryAsync<TableEntity>())
            if (row.RowKey.Contains($"~{taskId}.", StringComparison.Ordinal)) rows.Add(row);
        return rows;
    }

    private async Task<List<TableEntity>> IndexRowsAsync(string taskId)
    {
        var rows = new List<TableEntity>();
        foreach (var table in new[] { fixture.Tables.TaskIndex, fixture.Tables.GlobalTaskIndex, fixture.Tables.NoticeTaskIndex })
        {
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"TaskId eq {taskId}")))
                rows.Add(row);
        }
        return rows;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
