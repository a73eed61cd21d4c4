using System.Globalization;
using Azure.Data.Tables;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>
/// The task read model. Each task is written to the "all" partition and to the partition of every agency it
/// involves, so a list for one agency or for everyone is one partition query, never a fan-out to grains.
/// </summary>
public sealed class TaskIndex(TrackingTables tables)
{
    /// <summary>Partition holding every task; agency codes are upper-case, so it cannot collide.</summary>
    public const string AllPartition = "all";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Writes the entry to every partition it belongs to.</summary>
    public async Task UpsertAsync(TaskIndexEntry entry, CancellationToken cancellationToken = default)
    {
        var partitions = new[] { AllPartition, entry.LeadAgency }.Concat(entry.CoordinatingAgencies).Distinct(StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var role = partition == AllPartition ? "" : partition == entry.LeadAgency ? "lead" : "coordinating";
            await tables.TaskIndex.UpsertEntityAsync(ToEntity(entry, partition, role), TableUpdateMode.Replace, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>One task as the read model holds it (content shortened); null when it is not indexed.</summary>
    public async Task<TaskIndexEntry?> GetAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var row = await tables.TaskIndex.GetEntityIfExistsAsync<TableEntity>(AllPartition, taskId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    /// <summary>One page of tasks matching the query, in task-id order.</summary>
    public async Task<Page<TaskIndexEntry>> QueryAsync(TaskQuery query, string? continuationToken, int pageSize, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {query.Agency ?? AllPartition}");
        if (query.Status is { } status)
            filter += " and " + TableClient.CreateQueryFilter($"Status eq {status.ToString()}");
        if (query.OverdueOn is { } day)
            filter += " and " + TableClient.CreateQueryFilter(
                $"Status eq {nameof(DirectiveTaskStatus.InProgress)} and DueDate ne {""} and DueDate lt {day.ToString(DateFormat, CultureInfo.InvariantCulture)}");

        if (query.PendingExtension)
            filter += " and " + TableClient.CreateQueryFilter($"PendingExtensions gt {0}");

        var pages = tables.TaskIndex.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            // A filtered query may return an empty page with a token: the caller just follows the token.
            return new Page<TaskIndexEntry>(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
        }
        return new Page<TaskIndexEntry>([], null);
    }

    /// <summary>Every task of the "all" partition (optionally of one notice), for statistics.</summary>
    public async IAsyncEnumerable<TaskIndexEntry> ScanAllAsync(string? noticeId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AllPartition}");
        if (noticeId is not null) filter += " and " + TableClient.CreateQueryFilter($"NoticeId eq {noticeId}");
        await foreach (var entity in tables.TaskIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            yield return FromEntity(entity);
    }

    private static TableEntity ToEntity(TaskIndexEntry e, string partition, string role) => new(partition, e.TaskId)
    {
        ["NoticeId"] = e.NoticeId,
        ["NoticeNumber"] = e.NoticeNumber,
        ["DirectiveNumber"] = e.DirectiveNumber,
        ["Content"] = e.Content,
        ["LeadAgency"] = e.LeadAgency,
        ["CoordinatingAgencies"] = string.Join(',', e.CoordinatingAgencies),
        ["Role"] = role,
        ["Status"] = e.Status.ToString(),
        // Empty string rather than a missing property: "no due date" must still compare in filters.
        ["DueDate"] = e.DueDate?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        ["CompletedOn"] = e.CompletedOn?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "",
        ["LastReportAt"] = e.LastReportAt,
        ["Timing"] = e.Timing.ToString(),
        ["PendingExtensions"] = e.PendingExtensions,
    };

    private static TaskIndexEntry FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("NoticeId"),
        e.GetString("NoticeNumber"),
        e.GetInt32("DirectiveNumber") ?? 0,
        e.GetString("Content"),
        e.GetString("LeadAgency"),
        e.GetString("CoordinatingAgencies") is { Length: > 0 } list ? list.Split(',') : [],
        Enum.Parse<DirectiveTaskStatus>(e.GetString("Status")),
        ParseDate(e.GetString("DueDate")),
        ParseDate(e.GetString("CompletedOn")),
        e.GetDateTimeOffset("LastReportAt"),
        Enum.TryParse<TaskTiming>(e.GetString("Timing"), out var timing) ? timing : TaskTiming.Dated,
        e.GetInt32("PendingExtensions") ?? 0);

    private static DateOnly? ParseDate(string? value) =>
        string.IsNullOrEmpty(value) ? null : DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);
}
