using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// Which notice id holds each issuer + number and each content fingerprint, so that the same notice is not imported
/// twice under two ids. A claim is taken before the import (insert-if-absent, so two racing imports cannot both win).
/// </summary>
public sealed class NoticeKeyIndex(TrackingTables tables)
{
    /// <summary>Partition of issuer + number keys.</summary>
    public const string NumberKind = "number";

    /// <summary>Partition of content fingerprints.</summary>
    public const string ContentKind = "content";

    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="noticeId"/>: null when the claim is (now) this notice's, else the
    /// id of the notice that holds it. <paramref name="holderExists"/> decides whether a holder is real: a claim left by
    /// an import that never finished is taken over.
    /// </summary>
    public async Task<string?> ClaimAsync(string kind, string key, string noticeId, Func<string, Task<bool>> holderExists, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(holderExists);
        var row = new TableEntity(kind, RowKey(key)) { ["NoticeId"] = noticeId, ["Key"] = key };
        try
        {
            await tables.NoticeKeys.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }

        var existing = await tables.NoticeKeys.GetEntityAsync<TableEntity>(kind, RowKey(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        var holder = existing.Value.GetString("NoticeId") ?? "";
        if (holder == noticeId)
            return null;
        if (await holderExists(holder).ConfigureAwait(false))
            return holder;
        try
        {
            await tables.NoticeKeys.UpdateEntityAsync(row, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return (await tables.NoticeKeys.GetEntityAsync<TableEntity>(kind, RowKey(key), cancellationToken: cancellationToken).ConfigureAwait(false)).Value.GetString("NoticeId");
        }
    }

    // Row keys may not hold '/', '\', '#', '?' or control characters; the key itself is kept in a column.
    private static string RowKey(string key) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
