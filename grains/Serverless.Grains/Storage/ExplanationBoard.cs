using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>
/// The read model of open explanation requests ("giải trình" awaiting an answer), written by the task grains and
/// read by the leaders' list. One partition: requests are few (one open per overdue task at most) and answered
/// ones leave it, so it never grows with history.
/// </summary>
public sealed class ExplanationBoard(TrackingTables tables)
{
    private const string OpenPartition = "open";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Lists a request as open (idempotent).</summary>
    public Task OpenAsync(OpenExplanation item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var entity = new TableEntity(OpenPartition, RowKey(item.TaskId, item.RequestId))
        {
            ["TaskId"] = item.TaskId,
            ["RequestId"] = item.RequestId,
            ["NoticeNumber"] = item.NoticeNumber,
            ["Content"] = item.Content,
            ["LeadAgency"] = item.LeadAgency,
            ["Reason"] = item.Reason,
            ["OverdueDueDate"] = item.OverdueDueDate.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["AnswerDueDate"] = item.AnswerDueDate.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["RequestedAt"] = item.RequestedAt,
            ["RequestedByRole"] = item.RequestedByRole,
        };
        return tables.Explanations.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Takes an answered request off the list; one already gone is fine.</summary>
    public Task CloseAsync(string taskId, string requestId, CancellationToken cancellationToken = default) =>
        tables.Explanations.DeleteIfThereAsync(OpenPartition, RowKey(taskId, requestId), cancellationToken);

    /// <summary>One page of open requests (all, or those of one lead agency), in task-id order.</summary>
    public async Task<Page<OpenExplanation>> ListOpenAsync(string? leadAgency, string? continuationToken, int pageSize,
        CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OpenPartition}");
        if (leadAgency is not null) filter += " and " + TableClient.CreateQueryFilter($"LeadAgency eq {leadAgency}");
        var pages = tables.Explanations.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(continuationToken, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
            return new Page<OpenExplanation>(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
        return new Page<OpenExplanation>([], null);
    }

    // Task ids and request ids use neither '~' nor any character Table keys forbid.
    private static string RowKey(string taskId, string requestId) => $"{taskId}~{requestId}";

    private static OpenExplanation FromEntity(TableEntity e) => new(
        e.GetString("TaskId"),
        e.GetString("RequestId"),
        e.GetString("NoticeNumber"),
        e.GetString("Content"),
        e.GetString("LeadAgency"),
        e.GetString("Reason"),
        DateOnly.ParseExact(e.GetString("OverdueDueDate"), DateFormat, CultureInfo.InvariantCulture),
        DateOnly.ParseExact(e.GetString("AnswerDueDate"), DateFormat, CultureInfo.InvariantCulture),
        e.GetDateTimeOffset("RequestedAt") ?? default,
        e.GetString("RequestedByRole"));
}
