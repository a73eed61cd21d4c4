using Azure;
using Azure.Data.Tables;
using Serverless.Grains.Storage;
using Serverless.Testing;
using Xunit;

namespace Serverless.Dispatch.Tests;

/// <summary>A real Azurite holding the product's tables, shared by the dispatch tests (starting it is the slow part).</summary>
public sealed class OutboxFixture : IAsyncLifetime
{
    private AzuriteServer? azurite;

    public TableServiceClient TableService { get; private set; } = null!;

    public TrackingTables Tables { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        TableService = new TableServiceClient(azurite.ConnectionString);
        Tables = new TrackingTables(TableService);
        await Tables.EnsureCreatedAsync(CancellationToken.None);
        await new Serverless.Functions.Delivery.DeliveryTables(TableService).EnsureCreatedAsync(CancellationToken.None);
    }

    /// <summary>
    /// Empties the outbox, its pending list and the failed list: the dispatcher and the operators read every row of the
    /// last two, so each test starts from nothing.
    /// </summary>
    public async Task ClearOutboxAsync()
    {
        foreach (var table in new[] { Tables.Outbox, Tables.PendingOutbox, Tables.FailedNotifications })
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All);
        }
    }

    /// <summary>How many rows a table holds.</summary>
    public static async Task<int> CountAsync(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["RowKey"])) count++;
        return count;
    }

    public async Task DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
