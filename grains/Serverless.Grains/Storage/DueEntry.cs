namespace Serverless.Grains.Storage;

/// <summary>A deadline check waiting in the due index.</summary>
/// <param name="DeadlineId">The deadline grain to call.</param>
/// <param name="DueAt">When it wants to be checked.</param>
/// <param name="PartitionKey">Storage key, kept so the sweep can delete the row.</param>
/// <param name="RowKey">Storage key, kept so the sweep can delete the row.</param>
/// <param name="ETag">The row's version when read: the sweep deletes only that version, never a row rewritten since.</param>
public sealed record DueEntry(string DeadlineId, DateTimeOffset DueAt, string PartitionKey, string RowKey, string ETag = "*");
