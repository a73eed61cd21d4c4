using Azure;
using Azure.Data.Tables;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>Group commit of units (several rows of one partition that land together or not at all), on a real Azurite.</summary>
[Collection(GrainClusterGroup.Name)]
public sealed class GroupCommitUnitTests(GrainClusterFixture fixture)
{
    private TableClient Table => fixture.Tables.Checkpoints;

    private static TableTransactionAction Upsert(string partition, string row, string value) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row) { ["V"] = value });

    private static TableTransactionAction Delete(string partition, string row) =>
        new(TableTransactionActionType.Delete, new TableEntity(partition, row), ETag.All);

    private async Task<Dictionary<string, string>> RowsAsync(string partition)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
            rows[row.RowKey] = row.GetString("V");
        return rows;
    }

    [Fact]
    public async Task Concurrent_units_beyond_one_transaction_all_land_whole()
    {
        var partition = $"gc-{Guid.NewGuid():N}";
        var commit = new GroupCommit(Table);

        // 60 writers of 4 rows each: 240 rows, more than two transactions hold, so units must be spread, never split.
        var writes = Enumerable.Range(0, 60)
            .Select(w => commit.WriteAsync(Enumerable.Range(0, 4).Select(r => Upsert(partition, $"w{w:D2}-r{r}", $"{w}")).ToList()))
            .ToList();
        var landed = await Task.WhenAll(writes);

        Assert.All(landed, Assert.True);
        var rows = await RowsAsync(partition);
        Assert.Equal(240, rows.Count);
    }

    [Fact]
    public async Task A_unit_with_a_refused_delete_lands_none_of_its_rows_and_the_others_of_its_transaction_land()
    {
        var partition = $"gc-{Guid.NewGuid():N}";
        await Table.UpsertEntityAsync(new TableEntity(partition, "there") { ["V"] = "old" });
        var commit = new GroupCommit(Table);

        var before = commit.WriteAsync([Upsert(partition, "a1", "a"), Upsert(partition, "a2", "a")]);
        var refused = commit.WriteAsync([Upsert(partition, "b1", "b"), Upsert(partition, "b2", "b"), Delete(partition, "never-written")]);
        var after = commit.WriteAsync([Upsert(partition, "c1", "c"), Delete(partition, "there")]);

        Assert.True(await before);
        Assert.False(await refused);
        Assert.True(await after);
        var rows = await RowsAsync(partition);
        Assert.Equal(["a1", "a2", "c1"], rows.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_unit_alone_refused_on_a_delete_answers_false_and_writes_nothing()
    {
        var partition = $"gc-{Guid.NewGuid():N}";
        var commit = new GroupCommit(Table);

        var landed = await commit.WriteAsync([Upsert(partition, "x", "1"), Delete(partition, "gone")]);

        Assert.False(landed);
        Assert.Empty(await RowsAsync(partition));
    }

    [Fact]
    public async Task Writes_of_the_same_row_land_in_the_order_handed_in_even_when_a_unit_waits()
    {
        var partition = $"gc-{Guid.NewGuid():N}";
        var commit = new GroupCommit(Table);

        // B shares x with A, so it waits for the next transaction; C shares only y with B and must not overtake it.
        var a = commit.WriteAsync(Upsert(partition, "x", "A"));
        var b = commit.WriteAsync([Upsert(partition, "x", "B"), Upsert(partition, "y", "B")]);
        var c = commit.WriteAsync(Upsert(partition, "y", "C"));
        await Task.WhenAll(a, b, c);

        var rows = await RowsAsync(partition);
        Assert.Equal("B", rows["x"]);
        Assert.Equal("C", rows["y"]);
    }

    [Fact]
    public async Task A_unit_must_be_one_partition_each_row_once_and_at_most_a_transaction()
    {
        var commit = new GroupCommit(Table);

        await Assert.ThrowsAsync<ArgumentException>(() => commit.WriteAsync([Upsert("p1", "r", "1"), Upsert("p2", "r", "1")]));
        await Assert.ThrowsAsync<ArgumentException>(() => commit.WriteAsync([Upsert("p1", "r", "1"), Delete("p1", "r")]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            commit.WriteAsync(Enumerable.Range(0, 101).Select(i => Upsert("p1", $"r{i}", "1")).ToList()));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => commit.WriteAsync(Array.Empty<TableTransactionAction>()));
    }
}
