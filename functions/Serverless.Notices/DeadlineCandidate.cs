namespace Serverless.Notices;

/// <summary>A date phrase found in a directive, before overlaps between patterns are settled.</summary>
internal sealed record DeadlineCandidate(int Start, int End, DateOnly? Date, DeadlineKind Kind)
{
    public int Length => End - Start;
}
