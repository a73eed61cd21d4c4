using System.Text.Json;
using Serverless.Testing.Delivery.Broker;
using Serverless.Functions.Delivery;
using Serverless.Functions.Dispatch;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Dispatch.Tests;

/// <summary>The outbox dispatcher with the real Service Bus SDK on the wire to the test broker, and the outbox in Azurite.</summary>
[Collection(OutboxGroup.Name)]
public sealed class OutboxDispatcherTests(OutboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ClearOutboxAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Messages_arrive_with_the_notification_id_subject_properties_and_a_readable_Vietnamese_body()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString);
        var notifications = new[] { TestNotifications.Reminder("STC"), TestNotifications.Escalation("VPUBND", 1), TestNotifications.Escalation("LANHDAO", 2) };
        await TestNotifications.AddAllAsync(harness.Outbox, notifications);

        var result = await harness.DispatchAsync();

        Assert.Equal(new DispatchResult(true, 3, 0, 0, 0), result);
        Assert.Equal(3, broker.Deliveries.Count);
        foreach (var notification in notifications)
        {
            var message = broker.Unique[notification.Id];
            Assert.Equal(notification.Kind, message.Subject);
            Assert.Equal(notification.Recipient, message.ApplicationProperties["agency"]);
            Assert.Equal(notification.Level, Assert.IsType<int>(message.ApplicationProperties["level"]));
            Assert.Equal(notification.Kind, message.ApplicationProperties["kind"]);
            Assert.Equal(notification.TaskId, message.ApplicationProperties["taskId"]);
            Assert.Equal(notification.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), message.ApplicationProperties["dueDate"]);
            Assert.StartsWith("application/json", message.ContentType, StringComparison.Ordinal);

            // The Vietnamese text travels as itself, not as \u escapes.
            Assert.Contains(notification.Message.Replace("\"", "\\u0022", StringComparison.Ordinal), message.Body, StringComparison.Ordinal);
            using var body = JsonDocument.Parse(message.Body);
            Assert.Equal(notification.Id, body.RootElement.GetProperty("id").GetString());
            Assert.Equal(notification.TaskId, body.RootElement.GetProperty("taskId").GetString());
            Assert.Equal(notification.DueDate, DateOnly.Parse(body.RootElement.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(notification.Message, body.RootElement.GetProperty("message").GetString());

            Assert.Equal(DispatchStates.Sent, (await harness.RowAsync(notification)).DispatchState);
        }
        Assert.Empty(await harness.PendingAsync());
        Assert.Contains(broker.Cbs.Audiences, audience => audience.EndsWith("/notifications", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_send_leaves_the_row_pending_with_the_attempt_recorded_and_a_later_run_delivers_it()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName) { RefuseSends = true };
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString);
        var notification = TestNotifications.Reminder();
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);

        var refused = await harness.DispatchAsync();

        Assert.Equal(new DispatchResult(true, 0, 1, 0, 0), refused);
        Assert.True(broker.Refused >= 1);
        Assert.Empty(broker.Deliveries);
        Assert.Equal(DispatchStates.Pending, (await harness.RowAsync(notification)).DispatchState);
        var marker = Assert.Single(await harness.PendingAsync());
        Assert.Equal(1, marker.Attempts);
        Assert.False(string.IsNullOrEmpty(marker.LastError));
        Assert.Equal(harness.Time.GetUtcNow().AddMinutes(1), marker.NextAttemptAt);

        // The broker is back, but the row waits out its back-off.
        broker.RefuseSends = false;
        Assert.Equal(new DispatchResult(true, 0, 0, 0, 1), await harness.DispatchAsync());
        Assert.Empty(broker.Deliveries);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DispatchResult(true, 1, 0, 0, 0), await harness.DispatchAsync());

        Assert.Equal([notification.Id], broker.Deliveries.Select(message => message.MessageId));
        Assert.Equal(DispatchStates.Sent, (await harness.RowAsync(notification)).DispatchState);
        Assert.Empty(await harness.PendingAsync());
    }

    [Fact]
    public async Task A_connection_cut_mid_batch_loses_nothing_and_the_broker_keeps_each_id_once()
    {
        // A small max message size makes the SDK split the run into several batches.
        using var broker = new TestBroker(NotificationTopology.TopicName, maxMessageSize: 2048);
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString);
        var notifications = Enumerable.Range(1, 24).Select(i => TestNotifications.Reminder(i % 2 == 0 ? "STC" : "SXD", i)).ToList();
        await TestNotifications.AddAllAsync(harness.Outbox, notifications);
        broker.CutConnectionOnTransfer(2);

        for (var run = 0; run < 5 && (await harness.PendingAsync()).Count > 0; run++)
        {
            await harness.DispatchAsync();
            harness.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(1, broker.Cuts);
        // The batch cut before its acknowledgement reached the broker and was sent again: duplicate detection's job.
        Assert.True(broker.Deliveries.Count > notifications.Count, $"Expected resends, got {broker.Deliveries.Count} deliveries.");
        Assert.Equal(notifications.Select(n => n.Id).Order(StringComparer.Ordinal), broker.Unique.Keys.Order(StringComparer.Ordinal));
        foreach (var notification in notifications)
            Assert.Equal(DispatchStates.Sent, (await harness.RowAsync(notification)).DispatchState);
        Assert.Empty(await harness.PendingAsync());
    }

    [Fact]
    public async Task A_row_that_keeps_failing_is_marked_failed_listed_for_operators_and_redispatch_puts_it_back()
    {
        using var broker = new TestBroker(NotificationTopology.TopicName) { RefuseSends = true };
        await using var harness = new DispatchHarness(fixture, broker.ConnectionString, maxAttempts: 3);
        var notification = TestNotifications.Escalation("SXD", 1);
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);

        var results = new List<DispatchResult>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            results.Add(await harness.DispatchAsync());
            harness.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal([new(true, 0, 1, 0, 0), new(true, 0, 1, 0, 0), new(true, 0, 0, 1, 0)], results);
        Assert.Equal(DispatchStates.Failed, (await harness.RowAsync(notification)).DispatchState);
        Assert.Empty(await harness.PendingAsync());

        // A failed row is not retried by later runs, even once the broker is back.
        broker.RefuseSends = false;
        Assert.Equal(new DispatchResult(true, 0, 0, 0, 0), await harness.DispatchAsync());
        Assert.Empty(broker.Deliveries);

        var (listStatus, listBody) = await harness.ListFailedThroughEndpointAsync();
        Assert.Equal(200, listStatus);
        using (var list = JsonDocument.Parse(listBody))
        {
            var item = Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal(notification.Id, item.GetProperty("notificationId").GetString());
            Assert.Equal("SXD", item.GetProperty("recipient").GetString());
            Assert.Equal(notification.TaskId, item.GetProperty("taskId").GetString());
            Assert.Equal(3, item.GetProperty("attempts").GetInt32());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("lastError").GetString()));
        }
        Assert.DoesNotContain("Quá hạn", listBody, StringComparison.Ordinal);

        var (status, _) = await harness.RedispatchThroughEndpointAsync("SXD", notification.Id);
        Assert.Equal(202, status);
        Assert.Equal(DispatchStates.Pending, (await harness.RowAsync(notification)).DispatchState);
        Assert.Equal(0, Assert.Single(await harness.PendingAsync()).Attempts);
        Assert.Empty(JsonDocument.Parse((await harness.ListFailedThroughEndpointAsync()).Body).RootElement.GetProperty("items").EnumerateArray());

        Assert.Equal(new DispatchResult(true, 1, 0, 0, 0), await harness.DispatchAsync());
        Assert.Equal([notification.Id], broker.Deliveries.Select(message => message.MessageId));
        Assert.Equal(DispatchStates.Sent, (await harness.RowAsync(notification)).DispatchState);
    }

    [Fact]
    public async Task Redispatch_answers_with_problem_details_for_a_row_that_is_not_failed_or_does_not_exist()
    {
        await using var harness = new DispatchHarness(fixture, serviceBusConnectionString: null);
        var notification = TestNotifications.Reminder();
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);

        var (pendingStatus, pendingBody) = await harness.RedispatchThroughEndpointAsync("STC", notification.Id);
        var (missingStatus, missingBody) = await harness.RedispatchThroughEndpointAsync("STC", "khong-co.1.1.d1.x");
        var (invalidStatus, invalidBody) = await harness.RedispatchThroughEndpointAsync("STC", "a\\b");

        Assert.Equal(409, pendingStatus);
        Assert.Equal(409, JsonDocument.Parse(pendingBody).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(404, missingStatus);
        Assert.Equal(404, JsonDocument.Parse(missingBody).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(400, invalidStatus);
        Assert.True(JsonDocument.Parse(invalidBody).RootElement.GetProperty("errors").TryGetProperty("notificationId", out _));
    }

    [Fact]
    public async Task Without_Service_Bus_settings_the_dispatcher_delivers_in_process_and_an_agency_without_contacts_is_listed_as_a_gap()
    {
        await using var harness = new DispatchHarness(fixture, serviceBusConnectionString: null);
        var notification = TestNotifications.Reminder();
        await TestNotifications.AddAllAsync(harness.Outbox, [notification]);

        var result = await harness.DispatchAsync();

        Assert.Equal(new DispatchResult(false, 1, 0, 0, 0), result);
        Assert.Equal(DispatchStates.Sent, (await harness.RowAsync(notification)).DispatchState);
        Assert.Empty(await harness.PendingAsync());
        var (failed, _) = await harness.Ledger.ListFailedAsync(null, 50);
        var gap = Assert.Single(failed, f => f.NotificationId == notification.Id);
        Assert.Equal(("STC", DeliveryChannels.None, DeliveryStates.NoContacts), (gap.Recipient, gap.Channel, gap.Outcome));
    }
}
