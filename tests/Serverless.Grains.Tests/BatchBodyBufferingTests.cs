using System.Text;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Grains.Tests;

/// <summary>Transactions through <see cref="BatchBodyBuffering"/>, on a real Azurite: the same bytes, the same answers.</summary>
[Collection(GrainClusterGroup.Name)]
public sealed partial class BatchBodyBufferingTests(GrainClusterFixture fixture)
{
    private static readonly DateTimeOffset At = new(2023, 9, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_transaction_sends_the_bytes_the_sdk_writes_and_lands()
    {
        var name = $"bb{Guid.NewGuid():N}";
        var plain = new Capture();
        var buffered = new Capture();
        var plainTable = await TableAsync(name, plain, buffering: false);
        var bufferedTable = await TableAsync(name, buffered, buffering: true);

        await plainTable.SubmitTransactionAsync(Actions());
        await bufferedTable.SubmitTransactionAsync(Actions());

        // The SDK's own body is the multipart content that serialises itself again when asked for its length; the
        // buffered one is plain bytes, and they are the same bytes (the boundaries are new GUIDs per transaction).
        Assert.Contains("Multipart", Assert.Single(plain.ContentTypes), StringComparison.Ordinal);
        Assert.DoesNotContain("Multipart", Assert.Single(buffered.ContentTypes), StringComparison.Ordinal);
        Assert.Equal(WithoutGuids(Assert.Single(plain.Bodies)), WithoutGuids(Assert.Single(buffered.Bodies)));
        Assert.Contains("Nh\\u1EAFc vi\\u1EC7c", buffered.Bodies[0], StringComparison.Ordinal);
        var rows = await bufferedTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"SXD"}")).ToListAsync();
        Assert.Equal(["a", "b"], rows.Select(r => r.RowKey));
        Assert.Equal(Message, rows[0].GetString("Message"));
    }

    [Fact]
    public async Task A_retried_transaction_sends_the_same_bytes_again()
    {
        var capture = new Capture { FailFirstTry = true };
        var table = await TableAsync($"bb{Guid.NewGuid():N}", capture, buffering: true);

        await table.SubmitTransactionAsync(Actions());

        Assert.Equal(2, capture.Bodies.Count);
        Assert.Equal(capture.Bodies[0], capture.Bodies[1]);
        Assert.Equal(2, await table.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task The_synchronous_api_sends_the_same_bytes_buffered()
    {
        var name = $"bb{Guid.NewGuid():N}";
        var plain = new Capture();
        var buffered = new Capture();
        var plainTable = await TableAsync(name, plain, buffering: false);
        var bufferedTable = await TableAsync(name, buffered, buffering: true);

        plainTable.SubmitTransaction(Actions());
        bufferedTable.SubmitTransaction(Actions());

        Assert.DoesNotContain("Multipart", Assert.Single(buffered.ContentTypes), StringComparison.Ordinal);
        Assert.Equal(WithoutGuids(Assert.Single(plain.Bodies)), WithoutGuids(Assert.Single(buffered.Bodies)));
        Assert.Equal(2, await bufferedTable.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task A_refused_row_is_still_named_by_its_index()
    {
        var table = await TableAsync($"bb{Guid.NewGuid():N}", new Capture(), buffering: true);
        await table.AddEntityAsync(new TableEntity("SXD", "b"));

        var refused = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, Row("a")), new TableTransactionAction(TableTransactionActionType.Add, Row("b"))]));

        Assert.Equal(409, refused.Status);
        Assert.Equal(1, refused.FailedTransactionActionIndex);
        Assert.Equal(1, await table.QueryAsync<TableEntity>().CountAsync());
    }

    private const string Message = "Nhắc việc: nhiệm vụ “Đo hiệu năng” (Thông báo số 1/TB-BENCH) đến hạn ngày 30/09/2023, còn 7 ngày.";

    private static TableEntity Row(string rowKey) => new("SXD", rowKey) { ["Message"] = Message, ["At"] = At, ["Level"] = 0 };

    private static TableTransactionAction[] Actions() =>
        [new(TableTransactionActionType.UpsertReplace, Row("a")), new(TableTransactionActionType.UpsertMerge, Row("b"))];

    private async Task<TableClient> TableAsync(string name, Capture capture, bool buffering)
    {
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        if (buffering) options.AddPolicy(new BatchBodyBuffering(), HttpPipelinePosition.PerCall);
        options.AddPolicy(capture, HttpPipelinePosition.PerRetry);
        var table = new TableServiceClient(fixture.ConnectionString, options).GetTableClient(name);
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static string WithoutGuids(string body) => GuidPattern().Replace(body, "<guid>");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();

    // Records each try's transaction body as sent (and the type of content that sent it); can fail the first try
    // the way a dropped connection does, which the retry policy answers with another try.
    private sealed class Capture : HttpPipelinePolicy
    {
        public bool FailFirstTry { get; init; }

        public List<string> Bodies { get; } = [];

        public List<string> ContentTypes { get; } = [];

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
            {
                using var body = new MemoryStream();
                content.WriteTo(body, message.CancellationToken);
                Record(content, body);
            }
            ProcessNext(message, pipeline);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
            {
                using var body = new MemoryStream();
                await content.WriteToAsync(body, message.CancellationToken);
                Record(content, body);
            }
            await ProcessNextAsync(message, pipeline);
        }

        private void Record(RequestContent content, MemoryStream body)
        {
            Bodies.Add(Encoding.UTF8.GetString(body.ToArray()));
            ContentTypes.Add(content.GetType().Name);
            if (FailFirstTry && Bodies.Count == 1) throw new IOException("The connection dropped (test).");
        }
    }
}
