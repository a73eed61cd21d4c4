using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Serverless.Testing.Delivery.Broker;
using Serverless.Functions.Dispatch;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Dispatch.Tests;

/// <summary>
/// The operators' list of failed notifications reads a table that holds only failures, and a give-up or a redispatch
/// cut short between its writes leaves a list that is repaired, never a failure nobody sees or a second send.
/// </summary>
[Collection(OutboxGroup.Name)]
public sealed class FailedListTests(OutboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ClearOutboxAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_list_reads_only_the_failures_however_many_notifications_were_sent_before()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString, maxAttempts: 1);
        var sent = Enumerable.Range(1, 40).Select(i => TestNotifications.Reminder(i % 2 == 0 ? "SXD" : "STC", i)).ToList();
        await TestNotifications.AddAllAsync(harness.Outbox, sent);
        Assert.Equal(new DispatchResult(true, 40, 0, 0, 0), await harness.DispatchAsync());

        broker.RefuseSends = true;
        var failing = TestNotifications.Escalation("SXD", 1);
        await TestNotifications.AddAllAsync(harness.Outbox, [failing]);
        Assert.Equal(new DispatchResult(true, 0, 0, 1, 0), await harness.DispatchAsync());

        // History stays in the outbox; the list's table holds the one failure and nothing else.
        Assert.Equal(41, await OutboxFixture.CountAsync(fixture.Tables.Outbox));
        Assert.Equal(1, await OutboxFixture.CountAsync(fixture.Tables.FailedNotifications));
        var listed = Assert.Single(Items(await harness.ListFailedThroughEndpointAsync()));
        Assert.Equal((failing.Id, "SXD", 1), (listed.GetProperty("notificationId").GetString(), listed.GetProperty("recipient").GetString(),
            listed.GetProperty("attempts").GetInt32()));
    }

    [Fact]
    public async Task A_give_up_cut_short_after_the_row_failed_is_listed_by_the_next_run_and_not_sent()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString, maxAttempts: 2);
        var notification = TestNotifications.Reminder();
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);
        var pending = Assert.Single(await harness.PendingAsync());
        await harness.Outbox.RecordAttemptAsync(pending, "ServiceBusException: từ chối", harness.Time.GetUtcNow(), harness.Time.GetUtcNow());
        // As if the process died after marking the row failed and before listing it and dropping its marker.
        await SetStateAsync(notification, DispatchStates.Failed);

        Assert.Equal(new DispatchResult(true, 0, 0, 0, 0), await harness.DispatchAsync());

        Assert.Empty(broker.Deliveries);
        Assert.Empty(await harness.PendingAsync());
        var listed = Assert.Single(Items(await harness.ListFailedThroughEndpointAsync()));
        Assert.Equal(notification.Id, listed.GetProperty("notificationId").GetString());
        Assert.Equal(2, listed.GetProperty("attempts").GetInt32());
        Assert.Equal("ServiceBusException: từ chối", listed.GetProperty("lastError").GetString());

        // The listing works as any other: the operator sends it again and it is delivered once.
        Assert.Equal(202, (await harness.RedispatchThroughEndpointAsync(notification.Recipient, notification.Id)).Status);
        Assert.Equal(new DispatchResult(true, 1, 0, 0, 0), await harness.DispatchAsync());
        Assert.Equal([notification.Id], broker.Unique.Keys);
    }

    [Fact]
    public async Task A_listing_whose_row_is_no_longer_failed_is_dropped_by_a_redispatch_that_sends_nothing()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName) { RefuseSends = true };
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString, maxAttempts: 1);
        var notification = TestNotifications.Escalation("VPUBND", 1);
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);
        Assert.Equal(new DispatchResult(true, 0, 0, 1, 0), await harness.DispatchAsync());
        broker.RefuseSends = false;
        // As if an earlier redispatch moved the row on and died before removing the listing, and the row was then sent.
        await SetStateAsync(notification, DispatchStates.Sent);

        var (status, body) = await harness.RedispatchThroughEndpointAsync(notification.Recipient, notification.Id);

        Assert.Equal(409, status);
        Assert.Contains("không ở trạng thái gửi thất bại", body, StringComparison.Ordinal);
        Assert.Empty(Items(await harness.ListFailedThroughEndpointAsync()));
        Assert.Empty(await harness.PendingAsync());
        Assert.Equal(new DispatchResult(true, 0, 0, 0, 0), await harness.DispatchAsync());
        Assert.Empty(broker.Deliveries);
        Assert.Equal(DispatchStates.Sent, (await harness.RowAsync(notification)).DispatchState);
    }

    [Fact]
    public async Task Failed_markers_left_in_the_recipients_partitions_by_an_older_version_are_moved_once()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString);
        var notification = TestNotifications.Reminder("SXD", 7);
        var other = TestNotifications.Reminder("STC", 8);
        await TestNotifications.AddAllAsync(harness.Outbox, [notification, other]);
        foreach (var pending in await harness.PendingAsync()) await harness.Outbox.MarkSentAsync(pending, harness.Time.GetUtcNow());
        // The older layout, written by hand: the row failed and its marker "failed~{id}" beside it in the recipient's
        // partition, for one notification; the other was sent.
        await SetStateAsync(notification, DispatchStates.Failed);
        await fixture.Tables.Outbox.AddEntityAsync(new TableEntity(notification.Recipient, NotificationOutbox.LegacyFailedPrefix + notification.Id)
        {
            ["NotificationId"] = notification.Id,
            ["NotificationRowKey"] = NotificationOutbox.RowKeyOf(notification),
            ["TaskId"] = notification.TaskId,
            ["Attempts"] = 10,
            ["LastError"] = "ServiceBusException: hết thời gian",
            ["FailedAt"] = harness.Time.GetUtcNow(),
        });
        await fixture.Tables.Checkpoints.DeleteIfThereAsync(TaskViewTablesMove.MarkerPartition, FailedNotificationsMove.MarkerRow);
        Assert.Empty(Items(await harness.ListFailedThroughEndpointAsync()));

        var move = new FailedNotificationsMove(fixture.Tables);
        Assert.Equal(1, await move.RunAsync());
        Assert.Equal(0, await move.RunAsync());

        Assert.Equal(2, await OutboxFixture.CountAsync(fixture.Tables.Outbox));
        var listed = Assert.Single(Items(await harness.ListFailedThroughEndpointAsync()));
        Assert.Equal((notification.Id, "SXD", 10, "ServiceBusException: hết thời gian"), (listed.GetProperty("notificationId").GetString(),
            listed.GetProperty("recipient").GetString(), listed.GetProperty("attempts").GetInt32(), listed.GetProperty("lastError").GetString()));
        Assert.Equal(202, (await harness.RedispatchThroughEndpointAsync("SXD", notification.Id)).Status);
        Assert.Equal(new DispatchResult(true, 1, 0, 0, 0), await harness.DispatchAsync());
        Assert.Equal([notification.Id], broker.Unique.Keys);
    }

    private async Task SetStateAsync(Notification notification, string state) =>
        await fixture.Tables.Outbox.UpdateEntityAsync(
            new TableEntity(notification.Recipient, NotificationOutbox.RowKeyOf(notification)) { ["DispatchState"] = state },
            ETag.All, TableUpdateMode.Merge);

    private static List<JsonElement> Items((int Status, string Body) answer)
    {
        Assert.Equal(200, answer.Status);
        using var document = JsonDocument.Parse(answer.Body);
        return document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.Clone()).ToList();
    }
}
