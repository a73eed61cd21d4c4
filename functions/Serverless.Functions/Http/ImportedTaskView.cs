using Serverless.Grains;

namespace Serverless.Functions.Http;

/// <summary>A task as its notice imported it: agencies, timing and due dates before any extension.</summary>
public sealed record ImportedTaskView(
    string Id, int DirectiveNumber, string? Title, string Content, string LeadAgency, IReadOnlyList<string> CoordinatingAgencies,
    TaskTiming Timing, IReadOnlyList<DateOnly> DueDates)
{
    /// <summary>Maps a task's definition.</summary>
    public static ImportedTaskView From(TaskDefinition task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new ImportedTaskView(task.TaskId, task.DirectiveNumber, task.Title, task.Content, task.LeadAgency,
            task.CoordinatingAgencies, task.Timing, task.DueDates);
    }
}
