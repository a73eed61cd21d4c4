namespace Serverless.Grains;

/// <summary>What a notice asks one lead agency to do, as imported.</summary>
/// <param name="TaskId">Stable id derived from the notice id, directive number and task index.</param>
/// <param name="NoticeId">The notice this task comes from.</param>
/// <param name="NoticeNumber">The notice's official number, for example "125/TB-UBND".</param>
/// <param name="DirectiveNumber">The directive's own number inside the notice.</param>
/// <param name="Content">What must be done, NFC-normalised.</param>
/// <param name="LeadAgency">Code of the agency in charge ("chủ trì").</param>
/// <param name="CoordinatingAgencies">Codes of the agencies that assist ("phối hợp").</param>
/// <param name="DueDates">Calendar dates in Vietnam by which the work is due; empty for regular and conditional tasks.</param>
/// <param name="Timing">Dated, regular duty or conditional.</param>
/// <param name="Title">Short title for reminders and lists ("Rà soát các công trình xuống cấp"); null: the content is shortened instead.</param>
/// <param name="NoticeIssuedOn">The notice's date of issue, set by the notice grain (for the task-entry timeliness rule).</param>
[GenerateSerializer, Immutable]
public sealed record TaskDefinition(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string NoticeId,
    [property: Id(2)] string NoticeNumber,
    [property: Id(3)] int DirectiveNumber,
    [property: Id(4)] string Content,
    [property: Id(5)] string LeadAgency,
    [property: Id(6)] IReadOnlyList<string> CoordinatingAgencies,
    [property: Id(7)] IReadOnlyList<DateOnly> DueDates,
    [property: Id(8)] TaskTiming Timing = TaskTiming.Dated,
    [property: Id(9)] string? Title = null,
    [property: Id(10)] DateOnly? NoticeIssuedOn = null);
