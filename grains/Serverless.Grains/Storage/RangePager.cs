using System.Text.Json;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Pages through one row-key range spread over several partitions, in row-key order across all of them: each page
/// reads at most one page from each partition, from where the last page stopped there, and merges. The
/// continuation token is the last key taken in each partition, so every page starts at the next match.
/// </summary>
internal static class RangePager
{
    /// <summary>One page of rows with keys in [<paramref name="from"/>, <paramref name="to"/>) over the partitions.</summary>
    public static async Task<Page<TableEntity>> ReadAsync(TableClient table, IReadOnlyList<string> partitions, string from, string to,
        string? extraFilter, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var cursors = Decode(continuationToken, partitions.Count);
        var reads = partitions.Select((partition, i) =>
            ReadPartitionAsync(table, partition, cursors[i], from, to, extraFilter, pageSize, cancellationToken)).ToArray();
        var rows = await Task.WhenAll(reads).ConfigureAwait(false);

        var taken = new List<TableEntity>(pageSize);
        var next = new int[partitions.Count];
        while (taken.Count < pageSize)
        {
            var best = -1;
            for (var i = 0; i < rows.Length; i++)
            {
                if (next[i] < rows[i].Rows.Count &&
                    (best < 0 || string.CompareOrdinal(rows[i].Rows[next[i]].RowKey, rows[best].Rows[next[best]].RowKey) < 0))
                    best = i;
            }
            if (best < 0) break;
            taken.Add(rows[best].Rows[next[best]++]);
        }

        var more = false;
        for (var i = 0; i < rows.Length; i++)
        {
            if (next[i] > 0) cursors[i] = rows[i].Rows[next[i] - 1].RowKey;
            more |= next[i] < rows[i].Rows.Count || rows[i].MayHaveMore;
        }
        return new Page<TableEntity>(taken, more ? Encode(cursors) : null);
    }

    private static async Task<(List<TableEntity> Rows, bool MayHaveMore)> ReadPartitionAsync(TableClient table, string partition, string? after,
        string from, string to, string? extraFilter, int pageSize, CancellationToken cancellationToken)
    {
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {after} and RowKey lt {to}");
        if (extraFilter is not null) filter += " and " + extraFilter;

        var rows = new List<TableEntity>(pageSize);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count == pageSize) return (rows, true);
        }
        return (rows, false);
    }

    private static string Encode(string?[] cursors) => JsonSerializer.Serialize(cursors);

    private static string?[] Decode(string? token, int count)
    {
        if (token is null) return new string?[count];
        string?[]? cursors;
        try
        {
            cursors = JsonSerializer.Deserialize<string?[]>(token);
        }
        catch (JsonException e)
        {
            throw new InvalidContinuationTokenException(e);
        }
        if (cursors is null || cursors.Length != count) throw new InvalidContinuationTokenException(null);
        return cursors;
    }
}
