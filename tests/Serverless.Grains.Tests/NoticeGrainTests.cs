using Xunit;

namespace Serverless.Grains.Tests;

[Collection(GrainClusterGroup.Name)]
public sealed class NoticeGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task Importing_a_notice_creates_one_task_grain_per_task()
    {
        var notice = TestNotices.Notice(TestNotices.NewNoticeId());

        var result = await fixture.Grains.GetGrain<INoticeGrain>(notice.NoticeId).ImportAsync(notice, Actor.System);

        Assert.Equal(NoticeImportOutcome.Created, result.Outcome);
        Assert.Equal([$"{notice.NoticeId}.2.1", $"{notice.NoticeId}.2.2"], result.TaskIds);
        foreach (var id in result.TaskIds)
            Assert.NotNull(await fixture.Grains.GetGrain<IDirectiveTaskGrain>(id).GetAsync());
    }

    [Fact]
    public async Task Importing_the_same_notice_twice_creates_nothing_new()
    {
        var notice = TestNotices.Notice(TestNotices.NewNoticeId());
        var grain = fixture.Grains.GetGrain<INoticeGrain>(notice.NoticeId);
        await grain.ImportAsync(notice, Actor.System);

        var again = await grain.ImportAsync(notice, Actor.System);

        Assert.Equal(NoticeImportOutcome.AlreadyImported, again.Outcome);
        var task = (await fixture.Grains.GetGrain<IDirectiveTaskGrain>(again.TaskIds[0]).GetAsync())!;
        Assert.Single(task.History);
    }

    [Fact]
    public async Task Importing_other_content_under_a_used_id_is_refused_and_changes_nothing()
    {
        var notice = TestNotices.Notice(TestNotices.NewNoticeId());
        var grain = fixture.Grains.GetGrain<INoticeGrain>(notice.NoticeId);
        await grain.ImportAsync(notice, Actor.System);

        var result = await grain.ImportAsync(notice with { Title = "Tiêu đề khác" }, Actor.System);

        Assert.Equal(NoticeImportOutcome.ConflictingContent, result.Outcome);
        Assert.Equal(notice.Title, (await grain.GetAsync())!.Definition.Title);
    }
}
