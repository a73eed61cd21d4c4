using Serverless.Notices;

namespace Serverless.Notices.Evaluation;

/// <summary>A hand-made label file (NAME.expected.json) as the samples README defines it.</summary>
internal sealed class ExpectedNotice
{
    public DateOnly? MeetingDate { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public List<ExpectedDirective> Directives { get; init; } = [];
}
