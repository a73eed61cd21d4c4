namespace Serverless.Functions.Http;

/// <summary>The extension request a task's list row shows while it waits for a leader (the oldest, if several).</summary>
/// <param name="RequestedDueDate">The date asked for.</param>
/// <param name="Reason">Why.</param>
public sealed record PendingExtensionView(DateOnly RequestedDueDate, string Reason);
