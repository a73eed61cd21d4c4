using Serverless.Grains;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.Functions.Http;

/// <summary>How one agency is doing, as lead agency, in the four reporting categories.</summary>
public sealed class AgencyStatistics(string code, string name)
{
    public string Code { get; } = code;
    public string Name { get; } = name;
    public int Total { get; private set; }
    /// <summary>Hoàn thành đúng hạn.</summary>
    public int CompletedOnTime { get; private set; }
    /// <summary>Hoàn thành quá hạn.</summary>
    public int CompletedLate { get; private set; }
    /// <summary>Đang thực hiện trong hạn.</summary>
    public int InProgressOnTime { get; private set; }
    /// <summary>Đang thực hiện quá hạn.</summary>
    public int InProgressOverdue { get; private set; }
    /// <summary>Conditional tasks still waiting for a date.</summary>
    public int AwaitingDate { get; private set; }
    public int Cancelled { get; private set; }
    /// <summary>"Sắp đến hạn": in progress and due today or within the configured working days.</summary>
    public int DueSoon { get; private set; }
    /// <summary>The longest overdue of its open tasks, in days.</summary>
    public int MaxDaysOverdue { get; private set; }

    /// <summary>The row for an agency's counters.</summary>
    public static AgencyStatistics From(AgencyCounts counts, string name)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new AgencyStatistics(counts.Agency, name)
        {
            Total = counts.Total,
            CompletedOnTime = counts.CompletedOnTime,
            CompletedLate = counts.CompletedLate,
            InProgressOnTime = counts.InProgressOnTime,
            InProgressOverdue = counts.InProgressOverdue,
            AwaitingDate = counts.AwaitingDate,
            Cancelled = counts.Cancelled,
            MaxDaysOverdue = counts.MaxDaysOverdue,
            DueSoon = counts.DueSoon,
        };
    }

    /// <summary>Counts one task led by this agency; <paramref name="dueSoon"/> is the "sắp đến hạn" range of due dates.</summary>
    public void Add(TaskIndexEntry task, DateOnly today, (DateOnly From, DateOnly To) dueSoon)
    {
        ArgumentNullException.ThrowIfNull(task);
        Total++;
        if (task.Status == DirectiveTaskStatus.InProgress && task.DueDate is { } due && due >= dueSoon.From && due <= dueSoon.To) DueSoon++;
        if (task.Status == DirectiveTaskStatus.Cancelled) Cancelled++;
        if (task.Status == DirectiveTaskStatus.AwaitingDate) AwaitingDate++;
        switch (ProgressCategories.Classify(task.Status, task.DueDate, task.CompletedOn, today))
        {
            case ProgressCategory.CompletedOnTime: CompletedOnTime++; break;
            case ProgressCategory.CompletedLate: CompletedLate++; break;
            case ProgressCategory.InProgressOnTime: InProgressOnTime++; break;
            case ProgressCategory.InProgressOverdue:
                InProgressOverdue++;
                MaxDaysOverdue = Math.Max(MaxDaysOverdue, today.DayNumber - task.DueDate!.Value.DayNumber);
                break;
        }
    }
}
