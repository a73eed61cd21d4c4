namespace Serverless.Tracking;

/// <summary>Classifies a task into the four reporting categories.</summary>
public static class ProgressCategories
{
    /// <summary>
    /// A task is late when the Vietnamese date passes its due date: completion on the due date is on time.
    /// Tasks without a due date are never late. Cancelled tasks have no category.
    /// </summary>
    public static ProgressCategory? Classify(DirectiveTaskStatus status, DateOnly? dueDate, DateOnly? completedOn, DateOnly today) =>
        status switch
        {
            DirectiveTaskStatus.Completed => dueDate is { } due && completedOn > due
                ? ProgressCategory.CompletedLate
                : ProgressCategory.CompletedOnTime,
            DirectiveTaskStatus.InProgress or DirectiveTaskStatus.AwaitingDate => dueDate is { } due && today > due
                ? ProgressCategory.InProgressOverdue
                : ProgressCategory.InProgressOnTime,
            _ => null,
        };

    /// <summary>The Vietnamese label of a category.</summary>
    public static string Label(ProgressCategory category) => category switch
    {
        ProgressCategory.CompletedOnTime => "Hoàn thành đúng hạn",
        ProgressCategory.CompletedLate => "Hoàn thành quá hạn",
        ProgressCategory.InProgressOnTime => "Đang thực hiện trong hạn",
        _ => "Đang thực hiện quá hạn",
    };
}
