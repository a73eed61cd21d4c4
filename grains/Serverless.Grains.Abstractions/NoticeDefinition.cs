namespace Serverless.Grains;

/// <summary>A conclusion notice ("Thông báo kết luận") as imported by a clerk.</summary>
/// <param name="NoticeId">Client-chosen stable id; importing the same id twice creates nothing new.</param>
/// <param name="Number">Official number, for example "125/TB-UBND".</param>
/// <param name="Title">The notice's title.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="IssuedOn">Date of issue (Vietnam calendar date).</param>
/// <param name="MeetingDate">Date the conclusions were given, when stated.</param>
/// <param name="Directives">The numbered directives.</param>
[GenerateSerializer, Immutable]
public sealed record NoticeDefinition(
    [property: Id(0)] string NoticeId,
    [property: Id(1)] string Number,
    [property: Id(2)] string Title,
    [property: Id(3)] string Issuer,
    [property: Id(4)] DateOnly IssuedOn,
    [property: Id(5)] DateOnly? MeetingDate,
    [property: Id(6)] IReadOnlyList<DirectiveDefinition> Directives)
{
    /// <summary>All tasks of all directives, in notice order.</summary>
    public IEnumerable<TaskDefinition> AllTasks => Directives.SelectMany(d => d.Tasks);
}
