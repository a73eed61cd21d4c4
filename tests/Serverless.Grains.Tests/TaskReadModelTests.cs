using Serverless.Grains.Storage;
using Serverless.Tracking;
using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>The task index kept by the grains: lists shaped by their queries and statistics from counters.</summary>
[Collection(GrainClusterGroup.Name)]
public sealed class TaskReadModelTests(GrainClusterFixture fixture)
{
    private static readonly Actor Office = new("office-user", "office", null);

    private async Task<IDirectiveTaskGrain> CreateAsync(string noticeId, int number, string lead, params DateOnly[] dueDates)
    {
        var definition = new TaskDefinition($"{noticeId}.1.{number}", noticeId, "45/TB-UBND", 1, $"Nhiệm vụ số {number} của đợt kiểm tra.",
            lead, ["STC"], dueDates);
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        return grain;
    }

    [Fact]
    public async Task Counts_move_from_on_time_to_overdue_the_day_after_the_due_date_without_any_task_write()
    {
        // Only this test leads tasks as the management board, so its counters hold these tasks alone.
        var noticeId = TestNotices.NewNoticeId();
        await CreateAsync(noticeId, 1, "BQLKKT", new DateOnly(2023, 7, 25));
        await CreateAsync(noticeId, 2, "BQLKKT", new DateOnly(2023, 7, 25));
        await CreateAsync(noticeId, 3, "BQLKKT", new DateOnly(2023, 8, 10));
        var done = await CreateAsync(noticeId, 4, "BQLKKT", new DateOnly(2023, 7, 1));
        await done.CompleteAsync(null, new Actor("bql-user", "agency", "BQLKKT"));

        var onDueDate = await fixture.TaskIndex.CountAsync("BQLKKT", new DateOnly(2023, 7, 25), null, null);
        var dayAfter = await fixture.TaskIndex.CountAsync("BQLKKT", new DateOnly(2023, 7, 26), null, null);
        var later = await fixture.TaskIndex.CountAsync("BQLKKT", new DateOnly(2023, 8, 15), null, null);

        Assert.Equal((4, 3, 0, 0, 1), (onDueDate.Total, onDueDate.InProgressOnTime, onDueDate.InProgressOverdue, onDueDate.MaxDaysOverdue, onDueDate.CompletedLate));
        Assert.Equal((1, 2, 1), (dayAfter.InProgressOnTime, dayAfter.InProgressOverdue, dayAfter.MaxDaysOverdue));
        Assert.Equal((0, 3, 21), (later.InProgressOnTime, later.InProgressOverdue, later.MaxDaysOverdue));

        // A due-date period counts only the tasks due within it, both ends included.
        var july = await fixture.TaskIndex.CountAsync("BQLKKT", new DateOnly(2023, 8, 15), new DateOnly(2023, 7, 1), new DateOnly(2023, 7, 31));
        Assert.Equal((3, 2, 1), (july.Total, july.InProgressOverdue, july.CompletedLate));
    }

    [Fact]
    public async Task A_task_is_counted_once_however_often_it_is_written_and_moves_bucket_when_its_date_is_extended()
    {
        var noticeId = TestNotices.NewNoticeId();
        var grain = await CreateAsync(noticeId, 1, "SKHCN", new DateOnly(2023, 7, 10));
        var agency = new Actor("khcn-user", "agency", "SKHCN");
        await grain.ReportProgressAsync("Đã khảo sát.", 20, agency);
        await grain.ReportProgressAsync("Đã khảo sát xong.", 40, agency);
        // A second create is a retry: it re-indexes, and must not count the task again.
        await grain.CreateAsync((await grain.GetAsync())!.Definition, Actor.System);

        var today = new DateOnly(2023, 7, 20);
        var before = await fixture.TaskIndex.CountAsync("SKHCN", today, null, null);
        Assert.Equal((1, 1, 10), (before.Total, before.InProgressOverdue, before.MaxDaysOverdue));

        var deadlineId = (await grain.GetAsync())!.Deadlines[0].DeadlineId;
        var request = await grain.RequestExtensionAsync(deadlineId, new DateOnly(2023, 9, 30), "Chờ ý kiến các sở.", agency);
        var pending = await fixture.TaskIndex.QueryAsync(new TaskQuery("SKHCN", null, null, PendingExtension: true), null, 10);
        Assert.Contains(pending.Items, e => e.TaskId == $"{noticeId}.1.1");

        Assert.True(request.Applied, request.RefusalReason);
        var requestId = Assert.Single((await grain.GetAsync())!.Extensions ?? []).RequestId;
        await grain.DecideExtensionAsync(requestId, approve: true, null, Office);

        var after = await fixture.TaskIndex.CountAsync("SKHCN", today, null, null);
        Assert.Equal((1, 0, 1), (after.Total, after.InProgressOverdue, after.InProgressOnTime));
        var overdue = await fixture.TaskIndex.QueryAsync(new TaskQuery("SKHCN", null, today), null, 10);
        Assert.DoesNotContain(overdue.Items, e => e.TaskId == $"{noticeId}.1.1");
        pending = await fixture.TaskIndex.QueryAsync(new TaskQuery("SKHCN", null, null, PendingExtension: true), null, 10);
        Assert.DoesNotContain(pending.Items, e => e.TaskId == $"{noticeId}.1.1");
    }

    [Fact]
    public async Task The_first_page_of_the_overdue_list_holds_the_earliest_overdue_tasks_among_many_on_time_ones()
    {
        var noticeId = TestNotices.NewNoticeId();
        for (var i = 1; i <= 12; i++) await CreateAsync(noticeId, i, "SVHTTDL", new DateOnly(2023, 9, 30));
        await CreateAsync(noticeId, 13, "SVHTTDL", new DateOnly(2023, 7, 5));
        await CreateAsync(noticeId, 14, "SVHTTDL", new DateOnly(2023, 6, 30));

        var page = await fixture.TaskIndex.QueryAsync(new TaskQuery("SVHTTDL", null, new DateOnly(2023, 7, 20)), null, 1);

        Assert.Equal([$"{noticeId}.1.14"], page.Items.Select(e => e.TaskId));
        var next = await fixture.TaskIndex.QueryAsync(new TaskQuery("SVHTTDL", null, new DateOnly(2023, 7, 20)), page.ContinuationToken, 5);
        Assert.Equal([$"{noticeId}.1.13"], next.Items.Select(e => e.TaskId));
        Assert.Null(next.ContinuationToken);
    }

    [Fact]
    public async Task The_leaders_list_pages_through_every_stripe_in_task_id_order_without_repeats()
    {
        var noticeId = TestNotices.NewNoticeId();
        var ids = new List<string>();
        for (var i = 1; i <= 17; i++)
        {
            await CreateAsync(noticeId, i, "STP", new DateOnly(2023, 9, 30));
            ids.Add($"{noticeId}.1.{i}");
        }
        Assert.True(ids.Select(TaskIndexKeys.GlobalPartitionOf).Distinct().Count() > 1);

        var listed = new List<string>();
        string? token = null;
        do
        {
            var page = await fixture.TaskIndex.QueryAsync(new TaskQuery(null, DirectiveTaskStatus.InProgress, null), token, 4);
            Assert.True(page.Items.Count > 0 || page.ContinuationToken is null);
            listed.AddRange(page.Items.Select(e => e.TaskId));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(listed.Distinct().Count(), listed.Count);
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.Superset(ids.ToHashSet(), listed.ToHashSet());
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() =>
            fixture.TaskIndex.QueryAsync(new TaskQuery(null, null, null), "[\"a\"]", 4));
    }

    [Fact]
    public async Task The_statistics_read_their_copy_of_the_counters_and_a_lost_copy_is_redone_by_the_tasks_next_write()
    {
        // Only this test leads tasks as the social insurance office.
        var noticeId = TestNotices.NewNoticeId();
        await CreateAsync(noticeId, 1, "BHXH", new DateOnly(2023, 7, 10));
        await CreateAsync(noticeId, 2, "BHXH", new DateOnly(2023, 7, 12));
        var today = new DateOnly(2023, 7, 11);
        Assert.Equal((2, 1), ((await fixture.TaskIndex.CountAsync("BHXH", today, null, null)).Total,
            (await fixture.TaskIndex.CountAsync("BHXH", today, null, null)).InProgressOverdue));
        var all = await fixture.TaskIndex.CountAllAsync(null, today, null, null);
        Assert.Equal(2, Assert.Single(all, c => c.Agency == "BHXH").Total);

        // A write whose counters landed but whose copy did not (the process died in between): the copy is gone.
        await fixture.Tables.TaskCounts.DeleteEntityAsync("BHXH", "M2023-07");
        Assert.Equal(0, (await fixture.TaskIndex.CountAsync("BHXH", today, null, null)).Total);

        // The task's next write by a writer that does not know what it indexed last copies the row of record again.
        var indexed = await fixture.TaskIndex.GetAsync("BHXH", $"{noticeId}.1.1");
        await fixture.TaskIndex.UpsertAsync(indexed!);
        var repaired = await fixture.TaskIndex.CountAsync("BHXH", today, null, null);
        Assert.Equal((2, 1, 1), (repaired.Total, repaired.InProgressOverdue, repaired.InProgressOnTime));
    }

    [Fact]
    public async Task A_copy_of_the_counters_is_never_replaced_by_an_older_version()
    {
        var noticeId = TestNotices.NewNoticeId();
        await CreateAsync(noticeId, 1, "THUE", new DateOnly(2023, 8, 10));
        var record = await fixture.Tables.TaskIndex.GetEntityAsync<Azure.Data.Tables.TableEntity>("THUE", "M2023-08");
        var version = CounterSummaries.VersionOf(record.Value);
        Assert.True(version >= 1);

        // A copy already at a later version (a newer writer copied first): an older row's copy leaves it alone.
        await fixture.Tables.TaskCounts.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("THUE", "M2023-08") { ["Days"] = "{}", ["Version"] = version + 5 },
            Azure.Data.Tables.TableUpdateMode.Replace);
        await new CounterSummaries(fixture.Tables).CopyAsync(record.Value, CancellationToken.None);
        Assert.Equal(0, (await fixture.TaskIndex.CountAsync("THUE", new DateOnly(2023, 8, 1), null, null)).Total);

        // A newer row of record replaces an older copy.
        await fixture.Tables.TaskCounts.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("THUE", "M2023-08") { ["Days"] = "{}", ["Version"] = version - 1 },
            Azure.Data.Tables.TableUpdateMode.Replace);
        await new CounterSummaries(fixture.Tables).CopyAsync(record.Value, CancellationToken.None);
        Assert.Equal(1, (await fixture.TaskIndex.CountAsync("THUE", new DateOnly(2023, 8, 1), null, null)).Total);
    }

    [Fact]
    public async Task Two_instances_writing_the_same_agencys_counters_each_from_what_it_wrote_last_still_count_every_task_once()
    {
        // Each instance remembers the counter rows it wrote last and writes the next change without reading: the other
        // instance's writes in between make that write fail on the ETag, and the row is read again.
        var noticeId = TestNotices.NewNoticeId();
        var first = new TaskIndex(fixture.Tables);
        var second = new TaskIndex(fixture.Tables);
        for (var i = 1; i <= 6; i++)
        {
            var entry = new TaskIndexEntry($"{noticeId}.1.{i}", noticeId, "46/TB-UBND", 1, $"Nhiệm vụ {i}.", "KBNN", [],
                DirectiveTaskStatus.InProgress, new DateOnly(2023, 10, 5 + i), null, null, TaskTiming.Dated, 0, null, null, null);
            await (i % 2 == 0 ? second : first).UpsertAsync(entry, null);
        }
        var done = new TaskIndexEntry($"{noticeId}.1.1", noticeId, "46/TB-UBND", 1, "Nhiệm vụ 1.", "KBNN", [],
            DirectiveTaskStatus.Completed, new DateOnly(2023, 10, 6), new DateOnly(2023, 10, 9), null, TaskTiming.Dated, 0, null, null, null);
        await second.UpsertAsync(done);

        var counts = await first.CountAsync("KBNN", new DateOnly(2023, 10, 9), null, null);
        Assert.Equal((6, 1, 2, 3), (counts.Total, counts.CompletedLate, counts.InProgressOverdue, counts.InProgressOnTime));
    }

    [Fact]
    public async Task The_next_task_of_an_agency_and_month_is_counted_without_reading_the_counters_first()
    {
        var reads = new GetCounter();
        var options = new Azure.Data.Tables.TableClientOptions();
        options.AddPolicy(reads, Azure.Core.HttpPipelinePosition.PerCall);
        var index = new TaskIndex(new TrackingTables(new Azure.Data.Tables.TableServiceClient(fixture.ConnectionString, options)));
        var noticeId = TestNotices.NewNoticeId();
        TaskIndexEntry Task(int i) => new($"{noticeId}.1.{i}", noticeId, "47/TB-UBND", 1, $"Nhiệm vụ {i}.", "NHNN", [],
            DirectiveTaskStatus.InProgress, new DateOnly(2023, 11, 10 + i), null, null);
        await index.UpsertAsync(Task(1), null);
        var afterFirst = reads.Count;

        await index.UpsertAsync(Task(2), null);

        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, reads.Count);
        Assert.Equal(2, (await index.CountAsync("NHNN", new DateOnly(2023, 11, 1), null, null)).Total);
    }

    [Fact]
    public async Task Counters_written_before_their_copies_existed_are_copied_by_the_migration_and_a_second_run_changes_nothing()
    {
        var noticeId = TestNotices.NewNoticeId();
        await CreateAsync(noticeId, 1, "HQ", new DateOnly(2023, 12, 1));
        var done = await CreateAsync(noticeId, 2, "HQ", new DateOnly(2023, 11, 1));
        await done.CompleteAsync(null, new Actor("hq-user", "agency", "HQ"));
        // As in a store from before the copies: the counters of record only.
        await foreach (var copy in fixture.Tables.TaskCounts.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.PartitionKey == "HQ"))
            await fixture.Tables.TaskCounts.DeleteEntityAsync(copy.PartitionKey, copy.RowKey);
        Assert.Equal(0, (await fixture.TaskIndex.CountAsync("HQ", new DateOnly(2023, 12, 5), null, null)).Total);

        var migration = new CounterSummaries(fixture.Tables);
        Assert.Equal(2, await migration.CopyBehindAsync(["HQ"], andThoseWithCopies: false, CancellationToken.None));
        Assert.Equal(0, await migration.CopyBehindAsync(["HQ"], andThoseWithCopies: false, CancellationToken.None));

        var counts = await fixture.TaskIndex.CountAsync("HQ", new DateOnly(2023, 12, 5), null, null);
        Assert.Equal((2, 1, 1), (counts.Total, counts.InProgressOverdue, counts.CompletedOnTime + counts.CompletedLate));
        Assert.False(await migration.IsEmptyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_repair_copies_again_the_counters_whose_copies_are_missing_or_behind_and_leaves_current_ones_alone()
    {
        // Only this test leads tasks as the women's union.
        var noticeId = TestNotices.NewNoticeId();
        TaskIndexEntry Task(int i, int month) => new($"{noticeId}.1.{i}", noticeId, "48/TB-UBND", 1, $"Nhiệm vụ {i}.", "HLHPN", [],
            DirectiveTaskStatus.InProgress, new DateOnly(2023, month, 10), null, null);
        await fixture.TaskIndex.UpsertAsync(Task(1, 10), null);
        await fixture.TaskIndex.UpsertAsync(Task(2, 11), null);
        await fixture.TaskIndex.UpsertAsync(Task(3, 11), null);
        var november = CounterSummaries.VersionOf((await fixture.Tables.TaskIndex.GetEntityAsync<Azure.Data.Tables.TableEntity>("HLHPN", "M2023-11")).Value);

        // One copy lost, one left at an older version (as an instance of the version before would leave it).
        await fixture.Tables.TaskCounts.DeleteEntityAsync("HLHPN", "M2023-10");
        await fixture.Tables.TaskCounts.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("HLHPN", "M2023-11") { ["Days"] = "{}", ["Version"] = november - 1 },
            Azure.Data.Tables.TableUpdateMode.Replace);
        var today = new DateOnly(2023, 9, 1);
        Assert.Equal(0, (await fixture.TaskIndex.CountAsync("HLHPN", today, null, null)).Total);

        var summaries = new CounterSummaries(fixture.Tables);
        Assert.Equal(2, await summaries.CopyBehindAsync(["HLHPN"], andThoseWithCopies: false, CancellationToken.None));
        Assert.Equal(0, await summaries.CopyBehindAsync(["HLHPN"], andThoseWithCopies: false, CancellationToken.None));

        Assert.Equal(3, (await fixture.TaskIndex.CountAsync("HLHPN", today, null, null)).Total);
        Assert.Equal(3, Assert.Single(await fixture.TaskIndex.CountAllAsync(null, today, null, null), c => c.Agency == "HLHPN").Total);
    }

    [Fact]
    public async Task A_store_from_before_the_view_tables_has_its_global_and_notice_rows_moved_once_and_newer_rows_kept()
    {
        // Only this test leads tasks as the veterans' association.
        var noticeId = TestNotices.NewNoticeId();
        TaskIndexEntry Task(int i) => new($"{noticeId}.1.{i}", noticeId, "49/TB-UBND", 1, $"Nhiệm vụ {i}.", "HCCB", [],
            DirectiveTaskStatus.InProgress, new DateOnly(2023, 6, 10 + i), null, null);
        await fixture.TaskIndex.UpsertAsync(Task(1), null);
        await fixture.TaskIndex.UpsertAsync(Task(2), null);
        var tables = fixture.Tables;
        var global1 = TaskIndexKeys.GlobalPartitionOf(Task(1).TaskId);
        var notice = TaskIndexKeys.NoticePartition(noticeId);

        // Put the rows back where the version before kept them: every global and notice row of task 1 into the
        // agencies' table; of task 2 only its notice row, and a different title in the new table stands for a newer
        // write that the move must not overwrite.
        async Task BackAsync(Azure.Data.Tables.TableClient from, string partition, string rowKey)
        {
            var row = (await from.GetEntityAsync<Azure.Data.Tables.TableEntity>(partition, rowKey)).Value;
            await tables.TaskIndex.UpsertEntityAsync(new Azure.Data.Tables.TableEntity(row), Azure.Data.Tables.TableUpdateMode.Replace);
            await from.DeleteEntityAsync(partition, rowKey);
        }
        foreach (var key in new[] { "a~", "s~InProgress~", "o~2023-06-11~" })
            await BackAsync(tables.GlobalTaskIndex, global1, key + Task(1).TaskId);
        await BackAsync(tables.NoticeTaskIndex, notice, "a~" + Task(1).TaskId);
        var newer = (await tables.NoticeTaskIndex.GetEntityAsync<Azure.Data.Tables.TableEntity>(notice, "a~" + Task(2).TaskId)).Value;
        await tables.TaskIndex.UpsertEntityAsync(new Azure.Data.Tables.TableEntity(newer) { ["Title"] = "cũ" }, Azure.Data.Tables.TableUpdateMode.Replace);
        await tables.Checkpoints.DeleteEntityAsync("migrations", "task-view-tables");
        Assert.Null(await fixture.TaskIndex.FindAsync(Task(1).TaskId));

        var move = new TaskViewTablesMove(tables);
        Assert.Equal(5, await move.RunAsync());
        Assert.Equal(0, await move.RunAsync());

        Assert.Equal(Task(1).DueDate, (await fixture.TaskIndex.FindAsync(Task(1).TaskId))?.DueDate);
        var notices = await fixture.TaskIndex.ListNoticeAsync(noticeId).ToListAsync();
        Assert.Equal([Task(1).TaskId, Task(2).TaskId], notices.Select(t => t.TaskId).Order(StringComparer.Ordinal));
        Assert.Null(Assert.Single(notices, t => t.TaskId == Task(2).TaskId).Title);
        var overdue = new List<TaskIndexEntry>();
        string? token = null;
        do
        {
            var page = await fixture.TaskIndex.QueryAsync(new TaskQuery(null, null, new DateOnly(2023, 6, 12)), token, 100);
            overdue.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        Assert.Contains(overdue, t => t.TaskId == Task(1).TaskId);
        var left = await tables.TaskIndex.QueryAsync<Azure.Data.Tables.TableEntity>(
            Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {notice} or PartitionKey eq {global1}")).ToListAsync();
        Assert.Empty(left);
    }

    private sealed class GetCounter : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override void OnSendingRequest(Azure.Core.HttpMessage message)
        {
            if (message.Request.Method == Azure.Core.RequestMethod.Get) Interlocked.Increment(ref count);
        }
    }
}
