using Serverless.Notices;

namespace Serverless.Notices.Evaluation;

/// <summary>A directive of a hand-made label file (NAME.expected.json).</summary>
internal sealed class ExpectedDirective
{
    public int Number { get; init; }

    public List<string> Agencies { get; init; } = [];

    public List<DateOnly> Deadlines { get; init; } = [];

    public bool Conditional { get; init; }
}
