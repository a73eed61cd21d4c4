using Serverless.Tracking;
namespace Serverless.Grains.Storage;

/// <summary>A task as lists and statistics see it.</summary>
/// <param name="TaskId">Task id.</param>
/// <param name="NoticeId">Notice id.</param>
/// <param name="NoticeNumber">Official notice number.</param>
/// <param name="DirectiveNumber">Directive number.</param>
/// <param name="Content">Task text (shortened for lists).</param>
/// <param name="LeadAgency">Lead agency code.</param>
/// <param name="CoordinatingAgencies">Coordinating agency codes.</param>
/// <param name="Status">inProgress, completed or cancelled.</param>
/// <param name="DueDate">Earliest due date, if any.</param>
/// <param name="CompletedOn">Completion date, if completed.</param>
/// <param name="LastReportAt">When progress was last reported.</param>
/// <param name="Timing">Dated, regular or conditional.</param>
/// <param name="PendingExtensions">Extension requests waiting for a leader.</param>
/// <param name="PendingRequestedDueDate">The date the oldest waiting extension request asks for.</param>
/// <param name="PendingReason">That request's reason.</param>
/// <param name="Title">The short title lists show ("Rà soát các công trình xuống cấp"), when the notice gave one.</param>
public sealed record TaskIndexEntry(
    string TaskId,
    string NoticeId,
    string NoticeNumber,
    int DirectiveNumber,
    string Content,
    string LeadAgency,
    IReadOnlyList<string> CoordinatingAgencies,
    DirectiveTaskStatus Status,
    DateOnly? DueDate,
    DateOnly? CompletedOn,
    DateTimeOffset? LastReportAt,
    TaskTiming Timing = TaskTiming.Dated,
    int PendingExtensions = 0,
    DateOnly? PendingRequestedDueDate = null,
    string? PendingReason = null,
    string? Title = null);
