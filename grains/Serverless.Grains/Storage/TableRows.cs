using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>Small table operations the SDK has no call for.</summary>
public static class TableRows
{
    /// <summary>Deletes the row whatever its version; a row already gone is fine (another writer, or a retry, got there first).</summary>
    public static async Task DeleteIfThereAsync(this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>
    /// Inserts the row unless one with its keys is there already, which is kept (written by a newer or a concurrent
    /// writer, or by a run cut short). Returns whether this call inserted it.
    /// </summary>
    public static async Task<bool> AddIfAbsentAsync(this TableClient table, ITableEntity row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Whether the table holds at least one row (one key read); a table that does not exist holds none.</summary>
    public static async Task<bool> HoldsAnyAsync(this TableClient table, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
                return true;
            return false;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>A new row under the given keys with <paramref name="row"/>'s own properties (not the service's ETag and time stamp).</summary>
    public static TableEntity CopyAs(this TableEntity row, string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(row);
        var copy = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in row)
        {
            if (name is not ("odata.etag" or "Timestamp" or "PartitionKey" or "RowKey")) copy[name] = value;
        }
        return copy;
    }
}
