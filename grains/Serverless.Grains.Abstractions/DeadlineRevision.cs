namespace Serverless.Grains;

/// <summary>One due date of a deadline and what its ladder did: revision 0 is the imported date, +1 per approved extension.</summary>
/// <param name="Revision">0, 1, 2 ...</param>
/// <param name="DueDate">The due date in force during this revision.</param>
/// <param name="StagesSent">Stages notified during this revision, in order.</param>
/// <param name="StagesSkipped">Stages passed without a notification (the system was down when they fell due).</param>
[GenerateSerializer, Immutable]
public sealed record DeadlineRevision(
    [property: Id(0)] int Revision,
    [property: Id(1)] DateOnly DueDate,
    [property: Id(2)] IReadOnlyList<string> StagesSent,
    [property: Id(3)] IReadOnlyList<string> StagesSkipped);
