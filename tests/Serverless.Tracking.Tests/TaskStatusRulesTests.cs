using Serverless.Tracking;
using Xunit;

namespace Serverless.Tracking.Tests;

public sealed class TaskStatusRulesTests
{
    [Fact]
    public void A_task_in_progress_accepts_reports_completion_and_cancellation()
    {
        Assert.Null(TaskStatusRules.RefuseReport(DirectiveTaskStatus.InProgress));
        Assert.Null(TaskStatusRules.RefuseCompletion(DirectiveTaskStatus.InProgress));
        Assert.Null(TaskStatusRules.RefuseCancellation(DirectiveTaskStatus.InProgress));
    }

    [Theory]
    [InlineData(DirectiveTaskStatus.Completed)]
    [InlineData(DirectiveTaskStatus.Cancelled)]
    public void A_finished_task_refuses_every_command_with_a_Vietnamese_reason(DirectiveTaskStatus status)
    {
        Assert.Contains("Nhiệm vụ", TaskStatusRules.RefuseReport(status), StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ", TaskStatusRules.RefuseCompletion(status), StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ", TaskStatusRules.RefuseCancellation(status), StringComparison.Ordinal);
    }
}
