using Xunit;
using Serverless.Grains.Storage;

namespace Serverless.Dispatch.Tests;

/// <summary>Outbox rows as the deadline grains write them, with Vietnamese texts.</summary>
public static class TestNotifications
{
    private static readonly DateTimeOffset Written = new(2023, 9, 27, 1, 0, 0, TimeSpan.Zero);

    public static Notification Reminder(string recipient = "STC", int number = 1) => new(
        $"tb-12-2023.1.{number}.d1.nhac-truoc-3-ngay",
        recipient,
        "reminder",
        0,
        "nhac-truoc-3-ngay",
        $"tb-12-2023.1.{number}",
        new DateOnly(2023, 9, 30),
        Written.AddMinutes(number),
        Written,
        $"Nhắc việc: {recipient} cần hoàn thành nhiệm vụ số {number} \"Rà soát quy hoạch\" trước ngày 30/9/2023 (còn 3 ngày).",
        DispatchStates.Pending);

    public static Notification Escalation(string recipient, int level, int number = 1) => new(
        $"tb-12-2023.2.{number}.d1.qua-han-muc-{level}",
        recipient,
        "escalation",
        level,
        $"qua-han-muc-{level}",
        $"tb-12-2023.2.{number}",
        new DateOnly(2023, 9, 15),
        Written.AddMinutes(number),
        Written,
        $"Quá hạn: nhiệm vụ số {number} của Sở Xây dựng đã quá hạn 12 ngày, đề nghị đôn đốc.",
        DispatchStates.Pending);

    /// <summary>Writes the rows to the outbox (row + pending marker, as the grains do).</summary>
    public static async Task AddAllAsync(NotificationOutbox outbox, IEnumerable<Notification> notifications)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(notifications);
        foreach (var notification in notifications)
            Assert.True(await outbox.AddAsync(notification));
    }
}
