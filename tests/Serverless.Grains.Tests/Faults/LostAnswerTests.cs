using Azure;
using Azure.Data.Tables;
using Serverless.Tracking;
using Xunit;

namespace Serverless.Grains.Tests.Faults;

/// <summary>
/// A grain-state write that lands but whose answer is lost (the storage client's time-out on a loaded store): the
/// client's retry meets the write itself, and the command still succeeds, once, with the grain able to go on. A real
/// conflict (someone else's write in between) is still refused. Real cluster, real Azurite, the real storage client
/// with its own retries; only the answer is thrown away (<see cref="LostAnswers"/>). Own cluster: the armed policy
/// must not meet the other tests' writes.
/// </summary>
public sealed class LostAnswerTests(GrainClusterFixture fixture) : IClassFixture<GrainClusterFixture>
{
    private static readonly Actor Agency = new("sxd-user", "agency", "SXD");
    private static readonly DateOnly Due = new(2023, 9, 30);

    [Fact]
    public async Task A_task_whose_creation_landed_but_whose_answer_was_lost_is_created_and_takes_the_next_command()
    {
        var definition = TestNotices.Task(Due);
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        var lostBefore = fixture.LostAnswers.Lost;
        fixture.LostAnswers.LoseNextWrite("task", definition.TaskId);

        await grain.CreateAsync(definition, Actor.System);

        Assert.Equal(lostBefore + 1, fixture.LostAnswers.Lost);
        // The same activation writes again: it must hold the ETag of the row its first write made.
        Assert.True((await grain.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, Agency, "req-1")).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(DirectiveTaskStatus.InProgress, stored!.Status);
        Assert.Equal("Đã khảo sát hiện trạng.", Assert.Single(stored.Reports).Text);
        Assert.Single(stored.History, h => h.Action == "created");
    }

    [Fact]
    public async Task A_progress_report_whose_answer_was_lost_is_stored_once_and_the_next_report_is_stored_too()
    {
        var definition = TestNotices.Task(Due);
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        var lostBefore = fixture.LostAnswers.Lost;
        fixture.LostAnswers.LoseNextWrite("task", definition.TaskId);

        Assert.True((await grain.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, Agency, "req-1")).Applied);
        Assert.Equal(lostBefore + 1, fixture.LostAnswers.Lost);
        Assert.True((await grain.ReportProgressAsync("Đang lập hồ sơ.", 60, Agency, "req-2")).Applied);

        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal(["Đã khảo sát hiện trạng.", "Đang lập hồ sơ."], stored!.Reports.Select(r => r.Text));
    }

    [Fact]
    public async Task A_deadline_check_whose_answer_was_lost_sends_its_stage_exactly_once()
    {
        var definition = TestNotices.Task(Due);
        await fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId).CreateAsync(definition, Actor.System);
        var deadlineId = TrackingIds.DeadlineId(definition.TaskId, 1);
        var deadline = fixture.Grains.GetGrain<IDeadlineGrain>(deadlineId);
        var lostBefore = fixture.LostAnswers.Lost;
        fixture.LostAnswers.LoseNextWrite("deadline", deadlineId);

        await fixture.AssertFirstReminderSentOnceAsync(deadline, definition.TaskId, Vietnam(9, 23));
        Assert.Equal(lostBefore + 1, fixture.LostAnswers.Lost);
    }

    [Fact]
    public async Task A_write_that_meets_another_writers_change_is_still_refused_and_its_retry_reads_the_row_again()
    {
        var definition = TestNotices.Task(Due);
        var grain = fixture.Grains.GetGrain<IDirectiveTaskGrain>(definition.TaskId);
        await grain.CreateAsync(definition, Actor.System);
        // Another writer replaces the task's row (same content, new ETag) behind the active grain's back.
        var table = new TableClient(fixture.ConnectionString, "OrleansGrainState");
        var row = await SingleRowAsync(table, definition.TaskId, "task");
        var etagBefore = row.ETag;
        await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
        Assert.NotEqual(etagBefore, (await SingleRowAsync(table, definition.TaskId, "task")).ETag);

        await Assert.ThrowsAnyAsync<Exception>(() => grain.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, Agency, "req-1"));

        Assert.True((await grain.ReportProgressAsync("Đã khảo sát hiện trạng.", 30, Agency, "req-1")).Applied);
        var stored = await fixture.StoredTaskAsync(definition.TaskId);
        Assert.Equal("Đã khảo sát hiện trạng.", Assert.Single(stored!.Reports).Text);
    }

    private static DateTimeOffset Vietnam(int month, int day, int hour = 9) => new(2023, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    private static async Task<TableEntity> SingleRowAsync(TableClient table, string grainKey, string stateName)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {stateName}")))
            if (row.PartitionKey.EndsWith(grainKey, StringComparison.Ordinal)) rows.Add(row);
        return Assert.Single(rows);
    }
}
