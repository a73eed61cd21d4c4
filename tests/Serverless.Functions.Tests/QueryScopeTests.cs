using System.Collections.Concurrent;
using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Functions.Hosting;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>
/// Every read the product's users make (lists, task and notice, statistics, reports and exports, inboxes, the
/// operators' lists, the directory) sends only queries scoped to partitions, except on the few tables that hold only
/// current work: no read scans a table that keeps history, so no read's cost grows with what was ever stored. The
/// app's own storage client records each query it sends.
/// </summary>
public sealed class QueryScopeTests : IAsyncLifetime
{
    // Tables a read may query whole: each holds only what is current, whatever the history.
    private static readonly HashSet<string> CurrentWorkTables = new(StringComparer.Ordinal)
    {
        "pendingoutbox",        // notifications still to deliver
        "failednotifications",  // notifications given up on and not sent again
        "taskcounts",           // counter copies: agencies × months of due dates, never tasks
        "explanations",         // open explanation requests only
    };

    private readonly QueryRecorder recorder = new();
    private LocalHostFixture fixture = null!;

    public async Task InitializeAsync()
    {
        fixture = new LocalHostFixture
        {
            Customize = settings =>
            {
                var options = StorageResilience.ClientOptions();
                options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
                var connectionString = settings.Configuration["Storage:ConnectionString"];
                settings.ConfigureServices = services => services.AddSingleton(new TableServiceClient(connectionString, options));
            },
        };
        await fixture.InitializeAsync();
    }

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task No_read_queries_a_table_that_keeps_history_without_naming_its_partitions()
    {
        var id = SampleNotices.NewId();
        Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id))).Status);
        fixture.SetVietnamTime(2023, 9, 15);
        await fixture.SweepAsync();
        var operatorClient = fixture.As("operator");
        recorder.Clear();

        string[] leaderReads =
        [
            "/api/tasks", "/api/tasks?overdue=true", "/api/tasks?status=inProgress", "/api/tasks?status=dueSoon", "/api/tasks?status=awaitingDate",
            "/api/tasks?pendingExtension=true", "/api/tasks?agency=SXD", "/api/tasks?agency=SXD&overdue=true", "/api/tasks?agency=SXD&status=completed",
            $"/api/tasks/{id}.3.1", $"/api/notices/{id}",
            "/api/statistics", $"/api/statistics?noticeId={id}", "/api/statistics?agency=SXD", "/api/statistics?from=2023-08-01&to=2023-09-30",
            "/api/statistics/overdue-by-week", "/api/statistics/overdue-by-week?agency=SXD",
            "/api/reports/periodic?period=2023-09", "/api/reports/periodic?period=2023-Q3&agency=SXD", $"/api/reports/periodic?period=2023&noticeId={id}",
            "/api/exports/tasks?format=csv", "/api/exports/tasks?agency=SXD&overdue=true&format=csv",
            "/api/explanations", "/api/explanations?agency=SXD",
            "/api/agencies", "/api/agency-groups",
        ];
        foreach (var path in leaderReads) await ReadAsync(fixture.Leader, path);
        string[] agencyReads = ["/api/tasks?agency=SXD", "/api/agencies/SXD/notifications", $"/api/tasks/{id}.3.1"];
        foreach (var path in agencyReads) await ReadAsync(fixture.Sxd, path);
        string[] operatorReads = ["/api/operations/notifications/failed", "/api/operations/deliveries/failed"];
        foreach (var path in operatorReads) await ReadAsync(operatorClient, path);
        string[] officeReads = ["/api/agencies/audit", "/api/agencies/SXD/contacts"];
        foreach (var path in officeReads) await ReadAsync(fixture.Office, path);

        var queries = recorder.Queries.ToList();
        var unscoped = queries.Where(q => !CurrentWorkTables.Contains(q.Table) && !q.NamesPartitions).Select(q => $"{q.Table}: {q.Filter}").ToList();
        Assert.True(unscoped.Count == 0, "Queries over a whole table that keeps history:\n" + string.Join('\n', unscoped));
        // The recorder sees the reads: the inbox, the lists and the operators' list each sent at least one query.
        Assert.Contains(queries, q => q.Table == "outbox");
        Assert.Contains(queries, q => q.Table == "taskglobal");
        Assert.Contains(queries, q => q.Table == "failednotifications");
    }

    private static async Task ReadAsync(ApiClient client, string path)
    {
        var answer = await client.GetAsync(path);
        Assert.True(answer.Status == HttpStatusCode.OK, $"{path}: {(int)answer.Status}");
    }

    private sealed record Query(string Table, string Filter)
    {
        // "PartitionKey eq 'x'", or a range with both ends ("PartitionKey ge 'a' and PartitionKey lt 'b'").
        public bool NamesPartitions =>
            Filter.Contains("PartitionKey eq ", StringComparison.Ordinal)
            || (Filter.Contains("PartitionKey ge ", StringComparison.Ordinal)
                && (Filter.Contains("PartitionKey lt ", StringComparison.Ordinal) || Filter.Contains("PartitionKey le ", StringComparison.Ordinal)));
    }

    /// <summary>Records the table and filter of each query (a GET that names no row) the client sends.</summary>
    private sealed class QueryRecorder : HttpPipelineSynchronousPolicy
    {
        private readonly ConcurrentQueue<Query> queries = new();

        public IEnumerable<Query> Queries => queries;

        public void Clear() => queries.Clear();

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method != RequestMethod.Get) return;
            var uri = message.Request.Uri.ToUri();
            // A query is "/{account}/{table}()" or "/{account}/{table}"; a point read names its keys in the parentheses.
            var segment = uri.AbsolutePath.TrimEnd('/')[(uri.AbsolutePath.TrimEnd('/').LastIndexOf('/') + 1)..];
            var paren = segment.IndexOf('(', StringComparison.Ordinal);
            if (paren >= 0 && segment.Length > paren + 2) return;
            var table = paren < 0 ? segment : segment[..paren];
            if (table is "Tables" or "$batch" || table.Length == 0) return;
            var filter = System.Web.HttpUtility.ParseQueryString(uri.Query)["$filter"] ?? "";
            queries.Enqueue(new Query(table, filter));
        }
    }
}
