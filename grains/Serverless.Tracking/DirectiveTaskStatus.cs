namespace Serverless.Tracking;

/// <summary>Lifecycle of a directive task. Transitions are enforced by the task grain.</summary>
public enum DirectiveTaskStatus
{
    /// <summary>Being worked on ("đang thực hiện").</summary>
    InProgress = 0,
    /// <summary>Reported done ("đã hoàn thành").</summary>
    Completed = 1,
    /// <summary>Withdrawn by a leader ("đã hủy").</summary>
    Cancelled = 2,
    /// <summary>Conditional task waiting for a leader to set its date ("chờ xác định thời hạn").</summary>
    AwaitingDate = 3,
}
