using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Serverless.Tracking.Reporting;

namespace Serverless.Grains.Storage;

/// <summary>
/// The read model behind periodic reports: one row per task in its lead agency's partition, keyed
/// "{day it ended}|{taskId}" once completed or cancelled and "open|{taskId}" before. A report for a period starting
/// on F reads the range RowKey ≥ F: the tasks still open and those that ended since F, never the tasks that ended
/// before the period (history an earlier report already counted), so its cost follows the work in play, not all
/// the work ever stored.
/// </summary>
public sealed class ReportIndex(TrackingTables tables)
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string OpenPrefix = "open|";

    private readonly GroupCommit writes = new(tables.ReportIndex);

    /// <summary>
    /// Writes a task's facts; once it has ended, moves the row out of the open range. Concurrent tasks of one lead
    /// agency (an import) share transactions (group commit), each call completing once its own rows are durable.
    /// </summary>
    public async Task UpsertAsync(TaskFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        cancellationToken.ThrowIfCancellationRequested();
        var upsert = new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(facts));
        if (facts.EndedOn is null)
        {
            await writes.WriteAsync(upsert).ConfigureAwait(false);
            return;
        }

        // The ended row and the open row's removal land together.
        var open = new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(facts.LeadAgency, OpenPrefix + facts.TaskId), ETag.All);
        if (await writes.WriteAsync([upsert, open]).ConfigureAwait(false)) return;
        // The open row is gone: moved by an earlier write.
        await writes.WriteAsync(upsert).ConfigureAwait(false);
    }

    /// <summary>The facts of every task of <paramref name="leadAgency"/> that may count in <paramref name="period"/> (optionally one notice's).</summary>
    public async IAsyncEnumerable<TaskFacts> QueryAsync(string leadAgency, ReportPeriod period, string? noticeId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = period.From.ToString(DateFormat, CultureInfo.InvariantCulture);
        var cutOff = period.CutOff.ToString(DateFormat, CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {leadAgency} and RowKey ge {from} and CreatedOn le {cutOff}");
        if (noticeId is not null) filter += " and " + TableClient.CreateQueryFilter($"NoticeId eq {noticeId}");
        await foreach (var entity in tables.ReportIndex.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
            yield return FromEntity(entity);
    }

    private static TableEntity ToEntity(TaskFacts f) => new(f.LeadAgency, (f.EndedOn is { } ended ? Format(ended) + "|" : OpenPrefix) + f.TaskId)
    {
        ["TaskId"] = f.TaskId,
        ["NoticeId"] = f.NoticeId,
        ["NoticeNumber"] = f.NoticeNumber,
        ["DirectiveNumber"] = f.DirectiveNumber,
        ["Content"] = f.Content,
        ["CreatedAt"] = f.CreatedAt,
        ["CreatedOn"] = Format(f.CreatedOn),
        ["CompletedOn"] = f.CompletedOn is { } c ? Format(c) : "",
        ["CancelledOn"] = f.CancelledOn is { } x ? Format(x) : "",
        // "effective=due;..." oldest first: a handful of revisions per task at most.
        ["DueDates"] = string.Join(';', f.DueDates.Select(r => Format(r.EffectiveOn) + "=" + Format(r.DueDate))),
        ["NoticeIssuedOn"] = f.NoticeIssuedOn is { } i ? Format(i) : "",
    };

    private static TaskFacts FromEntity(TableEntity e) => new(
        e.GetString("TaskId"),
        e.GetString("NoticeId"),
        e.GetString("NoticeNumber"),
        e.GetInt32("DirectiveNumber") ?? 0,
        e.GetString("Content"),
        e.PartitionKey,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        ParseDate(e.GetString("CompletedOn")),
        ParseDate(e.GetString("CancelledOn")),
        (e.GetString("DueDates") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Select(p => new DueDateRevision(ParseDate(p[0])!.Value, ParseDate(p[1])!.Value))
            .ToList(),
        ParseDate(e.GetString("NoticeIssuedOn")));

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? value) =>
        string.IsNullOrEmpty(value) ? null : DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);
}
