using Serverless.Tracking;
namespace Serverless.Grains.Storage;

/// <summary>Filters for the task list.</summary>
/// <param name="Agency">Only tasks where this agency is lead or coordinating; null for all.</param>
/// <param name="Status">Only tasks in this status.</param>
/// <param name="OverdueOn">Only tasks in progress whose due date is before this Vietnamese date.</param>
/// <param name="PendingExtension">Only tasks with an extension request waiting for a leader.</param>
/// <param name="DueFrom">With <paramref name="DueTo"/>: only tasks in progress due in this range ("sắp đến hạn").</param>
/// <param name="DueTo">Last due date of the range.</param>
public sealed record TaskQuery(string? Agency, DirectiveTaskStatus? Status, DateOnly? OverdueOn, bool PendingExtension = false,
    DateOnly? DueFrom = null, DateOnly? DueTo = null);
