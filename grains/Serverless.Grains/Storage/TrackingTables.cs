using Azure.Data.Tables;

namespace Serverless.Grains.Storage;

/// <summary>The product's own tables (read models, due index, outbox), all on the one shared service client.</summary>
public sealed class TrackingTables(TableServiceClient service)
{
    /// <summary>Tasks per agency (the lead's partition, with its counters of record, and each coordinating agency's) for their lists.</summary>
    public TableClient TaskIndex { get; } = service.GetTableClient("taskindex");

    // The global and per-notice views have tables of their own, though partitions would keep them apart just as well
    // on Azure (a query scoped to one partition costs the same whatever the table holds): Azurite filters every row of
    // a table for each query, so the leaders' lists, eight queries over the stripes, would otherwise pay for every
    // agency's rows eight times (about 34 ms a query at 10,000 tasks, see docs/performance.md).

    /// <summary>Every task's view rows spread over the global stripes, for the lists across agencies and lookups by task id.</summary>
    public TableClient GlobalTaskIndex { get; } = service.GetTableClient("taskglobal");

    /// <summary>One partition per notice, a row per task, for a notice's list and statistics.</summary>
    public TableClient NoticeTaskIndex { get; } = service.GetTableClient("tasknotice");

    /// <summary>
    /// The statistics counters as their readers see them: a copy of the task index's counter rows, one partition per
    /// lead agency, small whatever the number of tasks (see <see cref="CounterSummaries"/>).
    /// </summary>
    public TableClient TaskCounts { get; } = service.GetTableClient("taskcounts");

    /// <summary>Task facts for periodic reports: partition per lead agency, row key by the day the task ended.</summary>
    public TableClient ReportIndex { get; } = service.GetTableClient("reportindex");

    /// <summary>Deadline checks by hour bucket.</summary>
    public TableClient DueIndex { get; } = service.GetTableClient("dueindex");

    /// <summary>Notifications per recipient: the local inbox and the dispatcher's queue.</summary>
    public TableClient Outbox { get; } = service.GetTableClient("outbox");

    /// <summary>
    /// One row per notification the dispatcher still has to deliver, deleted once it is settled: the dispatcher reads
    /// this table whole, so its cost follows the work pending, not the notifications ever sent.
    /// </summary>
    public TableClient PendingOutbox { get; } = service.GetTableClient("pendingoutbox");

    /// <summary>
    /// One row per notification the dispatcher gave up on and no operator has sent again (partition = recipient, row key =
    /// notification id): the operators' list reads this table whole, so its cost follows the failures outstanding, not
    /// the notifications ever sent (its markers used to sit in the recipients' outbox partitions, found by a row-key
    /// range over the whole outbox).
    /// </summary>
    public TableClient FailedNotifications { get; } = service.GetTableClient("failednotifications");

    /// <summary>Open explanation requests ("giải trình" awaiting an answer), for the leaders' list.</summary>
    public TableClient Explanations { get; } = service.GetTableClient("explanations");

    /// <summary>Small bookkeeping rows such as the sweep watermark.</summary>
    public TableClient Checkpoints { get; } = service.GetTableClient("checkpoints");

    /// <summary>The office's agency directory and its audit trail.</summary>
    public TableClient Directory { get; } = service.GetTableClient("directory");

    /// <summary>Notices already imported, by issuer and number and by content fingerprint, for the duplicate checks.</summary>
    public TableClient NoticeKeys { get; } = service.GetTableClient("noticekeys");

    /// <summary>Creates the tables if they are missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { TaskIndex, GlobalTaskIndex, NoticeTaskIndex, TaskCounts, ReportIndex, DueIndex, Outbox, PendingOutbox, FailedNotifications, Checkpoints, Directory, NoticeKeys, Explanations })
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }
}
