using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>
/// The office's agency directory in Table Storage, one partition: a settings row (leadership, office, version), one
/// row per agency and per group, and the audit trail, newest first. A change writes its rows, its audit entry and the
/// bumped version in one transaction that holds only if the version row is unchanged since it was read.
/// </summary>
public sealed class AgencyDirectoryStore(TrackingTables tables)
{
    private const string Partition = "directory";
    private const string SettingsRow = "settings";
    private const string AgencyPrefix = "agency|";
    private const string GroupPrefix = "group|";
    private const string AuditPrefix = "audit|";
    private const int BatchLimit = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stored directory, or null before the first seed.</summary>
    public async Task<StoredDirectory?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var settings = await tables.Directory.GetEntityIfExistsAsync<TableEntity>(Partition, SettingsRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!settings.HasValue || settings.Value is not { } row)
            return null;
        var file = new AgencyDirectoryFile
        {
            Leadership = row.GetString("Leadership") ?? "",
            SupervisingOffice = row.GetString("SupervisingOffice") ?? "",
        };
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {AgencyPrefix} and RowKey lt {AuditPrefix}");
        await foreach (var entity in tables.Directory.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            file.Agencies.Add(ToAgency(entity));
        filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {GroupPrefix} and RowKey lt {SettingsRow}");
        await foreach (var entity in tables.Directory.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            file.Groups.Add(ToGroup(entity));
        return new StoredDirectory(file, row.GetInt64("Version") ?? 0, row.ETag.ToString());
    }

    /// <summary>The stored version, or null before the first seed: one point read, for refreshing caches.</summary>
    public async Task<long?> ReadVersionAsync(CancellationToken cancellationToken = default)
    {
        var settings = await tables.Directory.GetEntityIfExistsAsync<TableEntity>(Partition, SettingsRow, ["Version"], cancellationToken).ConfigureAwait(false);
        return settings.HasValue && settings.Value is { } row ? row.GetInt64("Version") ?? 0 : null;
    }

    /// <summary>Writes the seed when the table holds no directory yet; true when this call wrote it.</summary>
    public async Task<bool> SeedAsync(AgencyDirectoryFile file, DirectoryAuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (await ReadVersionAsync(cancellationToken).ConfigureAwait(false) is not null)
            return false;
        var rows = file.Agencies.Select(FromAgency).Concat(file.Groups.Select(FromGroup)).Append(FromAudit(audit, 1, 0)).ToList();
        foreach (var chunk in rows.Chunk(BatchLimit))
        {
            await tables.Directory.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken)
                .ConfigureAwait(false);
        }

        // False when another instance seeded at the same moment, from the same file.
        return await tables.Directory.AddIfAbsentAsync(Settings(file, 1), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Commits a change: the agencies and groups given are written whole, with the audit entries and the next
    /// version. False when the directory changed since <paramref name="read"/> (nothing of this change is stored then,
    /// unless it needed more than one transaction: see remarks).
    /// </summary>
    /// <remarks>A change of more than 98 rows (a bulk import) is written in several transactions, the version last.</remarks>
    public async Task<bool> CommitAsync(StoredDirectory read, AgencyDirectoryFile next, IReadOnlyCollection<Agency> agencies, IReadOnlyCollection<AgencyGroup> groups,
        IReadOnlyCollection<DirectoryAuditEntry> audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(next);
        var rows = agencies.Select(FromAgency).Concat(groups.Select(FromGroup)).Concat(audit.Select((a, i) => FromAudit(a, read.Version + 1, i)))
            .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList();
        var settings = new TableTransactionAction(TableTransactionActionType.UpdateReplace, Settings(next, read.Version + 1), new ETag(read.ETag));
        var chunks = rows.Chunk(BatchLimit - 1).ToList();
        try
        {
            for (var i = 0; i < chunks.Count - 1; i++)
                await tables.Directory.SubmitTransactionAsync(chunks[i], cancellationToken).ConfigureAwait(false);
            await tables.Directory.SubmitTransactionAsync([.. chunks.LastOrDefault() ?? [], settings], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    /// <summary>A page of the audit trail, newest first.</summary>
    public async Task<Page<DirectoryAuditEntry>> ReadAuditAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {AuditPrefix} and RowKey lt {GroupPrefix}");
        await foreach (var page in tables.Directory.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize).ConfigureAwait(false))
        {
            return new Page<DirectoryAuditEntry>([.. page.Values.Select(ToAudit)], page.ContinuationToken);
        }

        return new Page<DirectoryAuditEntry>([], null);
    }

    private static TableEntity Settings(AgencyDirectoryFile file, long version) => new(Partition, SettingsRow)
    {
        ["Leadership"] = file.Leadership,
        ["SupervisingOffice"] = file.SupervisingOffice,
        ["Version"] = version,
    };

    private static TableEntity FromAgency(Agency agency) => new(Partition, AgencyPrefix + agency.Code)
    {
        ["Code"] = agency.Code,
        ["Name"] = agency.Name,
        ["Supervisor"] = agency.Supervisor,
        ["Kind"] = agency.Kind,
        ["Aliases"] = JsonSerializer.Serialize(agency.AliasList, Json),
        ["Retired"] = agency.Retired,
    };

    private static Agency ToAgency(TableEntity entity) => new(
        entity.GetString("Code") ?? entity.RowKey[AgencyPrefix.Length..],
        entity.GetString("Name") ?? "",
        entity.GetString("Supervisor"),
        entity.GetString("Kind"),
        List(entity.GetString("Aliases")),
        entity.GetBoolean("Retired") ?? false);

    private static TableEntity FromGroup(AgencyGroup group) => new(Partition, GroupPrefix + group.Code)
    {
        ["Code"] = group.Code,
        ["Name"] = group.Name,
        ["Kinds"] = JsonSerializer.Serialize(group.KindList, Json),
        ["Members"] = JsonSerializer.Serialize(group.MemberList, Json),
        ["Aliases"] = JsonSerializer.Serialize(group.AliasList, Json),
        ["Retired"] = group.Retired,
    };

    private static AgencyGroup ToGroup(TableEntity entity) => new(
        entity.GetString("Code") ?? entity.RowKey[GroupPrefix.Length..],
        entity.GetString("Name") ?? "",
        List(entity.GetString("Kinds")),
        List(entity.GetString("Members")),
        List(entity.GetString("Aliases")),
        entity.GetBoolean("Retired") ?? false);

    // Keyed by the inverted directory version the change committed: the newest sorts first, whatever the clock says.
    private static TableEntity FromAudit(DirectoryAuditEntry audit, long version, int index) =>
        new(Partition, string.Create(CultureInfo.InvariantCulture, $"{AuditPrefix}{long.MaxValue - version:D19}|{index:D4}"))
        {
            ["At"] = audit.At,
            ["Subject"] = audit.Subject,
            ["Role"] = audit.Role,
            ["Action"] = audit.Action,
            ["Target"] = audit.Target,
            ["Detail"] = audit.Detail,
        };

    private static DirectoryAuditEntry ToAudit(TableEntity entity) => new(
        entity.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        entity.GetString("Subject") ?? "",
        entity.GetString("Role") ?? "",
        entity.GetString("Action") ?? "",
        entity.GetString("Target") ?? "",
        entity.GetString("Detail") ?? "");

    private static List<string> List(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];
}
