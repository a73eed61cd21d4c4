using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>Questions about a table as a whole.</summary>
public static class TableRows
{
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
}
