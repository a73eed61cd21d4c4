namespace Serverless.Grains.Storage;

/// <summary>One lead agency's tasks in the four Vietnamese reporting categories, as of a day.</summary>
public sealed class AgencyCounts(string agency)
{
    /// <summary>The lead agency's code.</summary>
    public string Agency { get; } = agency;

    /// <summary>Every task it leads (cancelled included).</summary>
    public int Total { get; set; }

    /// <summary>Hoàn thành đúng hạn.</summary>
    public int CompletedOnTime { get; set; }

    /// <summary>Hoàn thành quá hạn.</summary>
    public int CompletedLate { get; set; }

    /// <summary>Đang thực hiện trong hạn (tasks with no due date included).</summary>
    public int InProgressOnTime { get; set; }

    /// <summary>Đang thực hiện quá hạn.</summary>
    public int InProgressOverdue { get; set; }

    /// <summary>Conditional tasks still waiting for a date.</summary>
    public int AwaitingDate { get; set; }

    /// <summary>Withdrawn tasks.</summary>
    public int Cancelled { get; set; }

    /// <summary>"Sắp đến hạn": open tasks due today or within the configured working days.</summary>
    public int DueSoon { get; set; }

    /// <summary>The longest overdue of its open tasks, in days.</summary>
    public int MaxDaysOverdue { get; set; }
}
