using Serverless.Tracking;
namespace Serverless.Grains;

/// <summary>Everything a deadline grain needs, frozen when the task is created.</summary>
/// <param name="TaskId">The task the deadline belongs to.</param>
/// <param name="DueDate">Calendar date in Vietnam.</param>
/// <param name="TaskSummary">Short task text used in notification messages.</param>
/// <param name="NoticeNumber">The notice's official number, used in messages.</param>
/// <param name="LeadAgencyName">Display name of the lead agency, used in messages.</param>
/// <param name="Recipients">Who receives each level.</param>
/// <param name="Ladder">The ladder in force when the task was created.</param>
[GenerateSerializer, Immutable]
public sealed record DeadlineDefinition(
    [property: Id(0)] string TaskId,
    [property: Id(1)] DateOnly DueDate,
    [property: Id(2)] string TaskSummary,
    [property: Id(3)] string NoticeNumber,
    [property: Id(4)] string LeadAgencyName,
    [property: Id(5)] Recipients Recipients,
    [property: Id(6)] EscalationLadder Ladder);
