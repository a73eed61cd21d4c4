using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Grains.Tests;

[Collection(GrainClusterGroup.Name)]
public sealed class DueIndexTests(GrainClusterFixture fixture)
{
    // A year no other test uses, so the hour buckets hold only this test's rows.
    private static readonly DateTimeOffset Hour = new(2031, 3, 4, 5, 0, 0, TimeSpan.Zero);

    private async Task<List<DueEntry>> ReadAsync(DateTimeOffset now)
    {
        var entries = new List<DueEntry>();
        await foreach (var entry in fixture.DueIndex.ReadDueAsync(Hour, now)) entries.Add(entry);
        return entries;
    }

    [Fact]
    public async Task Checked_entries_are_removed_in_batches_but_a_row_rewritten_since_it_was_read_stays()
    {
        var ids = Enumerable.Range(1, 150).Select(i => $"due-{Guid.NewGuid():N}.{i}.1.d1").ToList();
        foreach (var id in ids) await fixture.DueIndex.ScheduleAsync(id, Hour.AddMinutes(10), Hour);
        var read = (await ReadAsync(Hour.AddMinutes(30))).Where(e => ids.Contains(e.DeadlineId)).ToList();

        // The deadline schedules the same minute again while the sweep is working: the newer row must survive.
        await fixture.DueIndex.ScheduleAsync(ids[0], Hour.AddMinutes(10), Hour);
        await fixture.DueIndex.RemoveAsync(read);

        var left = (await ReadAsync(Hour.AddMinutes(30))).Where(e => ids.Contains(e.DeadlineId)).ToList();
        Assert.Equal(150, read.Count);
        Assert.Equal([ids[0]], left.Select(e => e.DeadlineId));
    }

    [Fact]
    public async Task Only_entries_due_by_now_are_read_and_later_ones_wait()
    {
        var early = $"due-{Guid.NewGuid():N}.1.1.d1";
        var late = $"due-{Guid.NewGuid():N}.1.1.d1";
        await fixture.DueIndex.ScheduleAsync(early, Hour.AddMinutes(5), Hour);
        await fixture.DueIndex.ScheduleAsync(late, Hour.AddMinutes(50), Hour);

        var due = (await ReadAsync(Hour.AddMinutes(20))).Select(e => e.DeadlineId).ToList();

        Assert.Contains(early, due);
        Assert.DoesNotContain(late, due);
    }
}
