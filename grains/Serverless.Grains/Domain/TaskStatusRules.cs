namespace Serverless.Grains.Domain;

/// <summary>Which commands a task accepts in each status, with the Vietnamese reason when it refuses.</summary>
public static class TaskStatusRules
{
    /// <summary>Reason a progress report is refused, or null when it is allowed.</summary>
    public static string? RefuseReport(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress => null,
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã hoàn thành, không thể báo cáo tiến độ thêm.",
        _ => "Nhiệm vụ đã bị hủy, không thể báo cáo tiến độ.",
    };

    /// <summary>Reason completion is refused, or null when it is allowed.</summary>
    public static string? RefuseCompletion(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress => null,
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã được đánh dấu hoàn thành trước đó.",
        _ => "Nhiệm vụ đã bị hủy, không thể đánh dấu hoàn thành.",
    };

    /// <summary>Reason cancellation is refused, or null when it is allowed.</summary>
    public static string? RefuseCancellation(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress => null,
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã hoàn thành, không thể hủy.",
        _ => "Nhiệm vụ đã bị hủy trước đó.",
    };
}
