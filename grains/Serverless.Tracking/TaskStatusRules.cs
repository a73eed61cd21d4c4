namespace Serverless.Tracking;

/// <summary>Which commands a task accepts in each status, with the Vietnamese reason when it refuses.</summary>
public static class TaskStatusRules
{
    /// <summary>Reason a progress report is refused, or null when it is allowed.</summary>
    public static string? RefuseReport(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress or DirectiveTaskStatus.AwaitingDate => null,
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã hoàn thành, không thể báo cáo tiến độ thêm.",
        _ => "Nhiệm vụ đã bị hủy, không thể báo cáo tiến độ.",
    };

    /// <summary>Reason completion is refused, or null when it is allowed.</summary>
    public static string? RefuseCompletion(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress or DirectiveTaskStatus.AwaitingDate => null,
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã được đánh dấu hoàn thành trước đó.",
        _ => "Nhiệm vụ đã bị hủy, không thể đánh dấu hoàn thành.",
    };

    /// <summary>Reason cancellation is refused, or null when it is allowed.</summary>
    public static string? RefuseCancellation(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress or DirectiveTaskStatus.AwaitingDate => null,
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã hoàn thành, không thể hủy.",
        _ => "Nhiệm vụ đã bị hủy trước đó.",
    };

    /// <summary>Reason an extension request is refused, or null when it is allowed.</summary>
    public static string? RefuseExtension(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress => null,
        DirectiveTaskStatus.AwaitingDate => "Nhiệm vụ chưa có thời hạn, không thể đề nghị gia hạn.",
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã hoàn thành, không thể gia hạn.",
        _ => "Nhiệm vụ đã bị hủy, không thể gia hạn.",
    };

    /// <summary>Reason setting a date is refused, or null when it is allowed (conditional tasks waiting for one).</summary>
    public static string? RefuseSettingDate(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.AwaitingDate => null,
        _ => "Chỉ xác định thời hạn cho nhiệm vụ đang chờ điều kiện (chưa có thời hạn).",
    };

    /// <summary>Reason an acknowledgement is refused, or null when it is allowed.</summary>
    public static string? RefuseAcknowledgement(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.Cancelled => "Nhiệm vụ đã bị hủy.",
        _ => null,
    };

    /// <summary>
    /// Reason asking for an explanation ("giải trình") is refused, or null when it is allowed: only a task still in
    /// progress after its due date has a delay to explain.
    /// </summary>
    public static string? RefuseExplanationRequest(DirectiveTaskStatus status, DateOnly? dueDate, DateOnly today) =>
        ProgressCategories.Classify(status, dueDate, null, today) == ProgressCategory.InProgressOverdue && status == DirectiveTaskStatus.InProgress
            ? null
            : status switch
            {
                DirectiveTaskStatus.Completed => "Nhiệm vụ đã hoàn thành, không yêu cầu giải trình.",
                DirectiveTaskStatus.Cancelled => "Nhiệm vụ đã bị hủy, không yêu cầu giải trình.",
                _ => "Nhiệm vụ chưa quá hạn: chỉ yêu cầu giải trình đối với nhiệm vụ đang thực hiện quá hạn.",
            };

    /// <summary>Reason urging ("đôn đốc") is refused, or null when it is allowed.</summary>
    public static string? RefuseUrging(DirectiveTaskStatus status) => status switch
    {
        DirectiveTaskStatus.InProgress or DirectiveTaskStatus.AwaitingDate => null,
        DirectiveTaskStatus.Completed => "Nhiệm vụ đã hoàn thành, không cần đôn đốc.",
        _ => "Nhiệm vụ đã bị hủy, không cần đôn đốc.",
    };
}
