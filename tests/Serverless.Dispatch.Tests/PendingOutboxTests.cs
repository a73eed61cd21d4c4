using Azure;
using Azure.Data.Tables;
using Serverless.Testing.Delivery.Broker;
using Serverless.Functions.Dispatch;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Dispatch.Tests;

/// <summary>The dispatcher's queue holds only pending work, and a crash between its two writes loses or repeats nothing.</summary>
[Collection(OutboxGroup.Name)]
public sealed class PendingOutboxTests(OutboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ClearOutboxAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sent_notifications_stay_in_the_inbox_but_leave_nothing_for_the_dispatcher_to_read()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString);
        await TestNotifications.AddAllAsync(harness.Outbox, Enumerable.Range(1, 30).Select(i => TestNotifications.Reminder("SXD", i)));
        Assert.Equal(30, await OutboxFixture.CountAsync(fixture.Tables.PendingOutbox));

        Assert.Equal(new DispatchResult(true, 30, 0, 0, 0), await harness.DispatchAsync());
        var late = TestNotifications.Reminder("SXD", 31);
        await TestNotifications.AddAllAsync(harness.Outbox, [late]);

        // History is all in the outbox; the dispatcher's table holds the one notification still to send.
        Assert.Equal(31, await OutboxFixture.CountAsync(fixture.Tables.Outbox));
        var pending = Assert.Single(await harness.PendingAsync());
        Assert.Equal(("SXD", NotificationOutbox.RowKeyOf(late)), (pending.Recipient, pending.RowKey));
        Assert.Equal(1, await OutboxFixture.CountAsync(fixture.Tables.PendingOutbox));
        Assert.Equal(new DispatchResult(true, 1, 0, 0, 0), await harness.DispatchAsync());
        Assert.Equal(31, broker.Unique.Count);
    }

    [Fact]
    public async Task A_marker_left_behind_after_its_row_was_sent_is_dropped_without_sending_again()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString);
        var notification = TestNotifications.Reminder();
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);
        // As if the process died after marking the row sent and before removing its marker.
        await fixture.Tables.Outbox.UpdateEntityAsync(
            new TableEntity(notification.Recipient, NotificationOutbox.RowKeyOf(notification)) { ["DispatchState"] = DispatchStates.Sent },
            ETag.All, TableUpdateMode.Merge);

        Assert.Equal(new DispatchResult(true, 0, 0, 0, 0), await harness.DispatchAsync());

        Assert.Empty(broker.Deliveries);
        Assert.Empty(await harness.PendingAsync());
    }

    [Fact]
    public async Task A_marker_whose_row_never_arrived_waits_for_the_retry_and_is_dropped_only_once_it_is_old()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString);
        var notification = TestNotifications.Reminder() with { CreatedAt = harness.Time.GetUtcNow() };
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);
        // As if the process died after writing the marker and before writing the row.
        await fixture.Tables.Outbox.DeleteEntityAsync(notification.Recipient, NotificationOutbox.RowKeyOf(notification), ETag.All);

        Assert.Equal(new DispatchResult(true, 0, 0, 0, 0), await harness.DispatchAsync());
        Assert.Single(await harness.PendingAsync());

        // The grain's retry writes the row: it is delivered once, and the marker goes.
        Assert.True(await harness.Outbox.AddAsync(notification));
        Assert.Equal(new DispatchResult(true, 1, 0, 0, 0), await harness.DispatchAsync());
        Assert.Empty(await harness.PendingAsync());

        // A marker whose write was never retried is dropped once it is older than any retry.
        var abandoned = TestNotifications.Reminder("STC", 2) with { CreatedAt = harness.Time.GetUtcNow() };
        await TestNotifications.AddAllAsync(harness.Outbox, [abandoned]);
        await fixture.Tables.Outbox.DeleteEntityAsync(abandoned.Recipient, NotificationOutbox.RowKeyOf(abandoned), ETag.All);
        harness.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(new DispatchResult(true, 0, 0, 0, 0), await harness.DispatchAsync());
        Assert.Empty(await harness.PendingAsync());
        Assert.Equal([notification.Id], broker.Unique.Keys);
    }
}
