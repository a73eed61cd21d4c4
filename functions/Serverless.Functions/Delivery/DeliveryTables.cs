using Azure.Data.Tables;

namespace Serverless.Functions.Delivery;

/// <summary>The delivery side's own tables, on the process's one shared service client.</summary>
public sealed class DeliveryTables(TableServiceClient service)
{
    /// <summary>Per agency (partition = agency code): the current contacts and their audit records.</summary>
    public TableClient Contacts { get; } = service.GetTableClient("contacts");

    /// <summary>The delivery ledger: one row per (notification, channel, address), plus the operators' failure list.</summary>
    public TableClient Deliveries { get; } = service.GetTableClient("deliveries");

    /// <summary>Creates the tables if they are missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { Contacts, Deliveries })
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }
}
