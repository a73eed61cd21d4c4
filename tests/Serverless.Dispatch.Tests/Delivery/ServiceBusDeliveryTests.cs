using Serverless.Testing.Delivery;
using Serverless.Testing.Delivery.Broker;
using Serverless.Functions.Delivery;
using Serverless.Functions.Dispatch;
using Serverless.Grains;
using Xunit;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>
/// The real ServiceBusProcessor on the delivery subscription of the AMQP test peer: the dispatcher publishes, the
/// worker delivers and settles. Each fault ends with nothing lost and nothing sent twice.
/// </summary>
[Collection(DeliveryGroup.Name)]
public sealed class ServiceBusDeliveryTests(DeliveryFixture fixture)
{
    private static TestBroker NewBroker() => new(NotificationTopology.TopicName, subscriptionNames: [NotificationTopology.DeliverySubscription]);

    [Fact]
    public async Task The_worker_emails_each_published_notification_and_completes_its_message()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint(), Contacts.Head());
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId, level: 1);
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);

        Assert.Equal(new DispatchResult(true, 1, 0, 0, 0), await host.DispatchAsync());
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the message completed");

        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(0, subscription.Outstanding);
        Assert.Empty(subscription.DeadLettered);
        Assert.All(await host.Get<DeliveryLedger>().ListForTaskAsync(taskId), r => Assert.Equal(DeliveryStates.Delivered, r.Outcome));
    }

    [Fact]
    public async Task A_message_the_broker_delivers_twice_is_emailed_once()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint());
        var notification = await host.AddNotificationAsync(await host.CreateTaskAsync());
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the first copy completed");

        subscription.Redeliver(notification.Id);
        await Eventually.WaitAsync(() => subscription.Completed.Count(id => id == notification.Id) == 2, "the second copy completed");

        Assert.Equal(2, subscription.Deliveries);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_worker_cut_off_after_sending_and_before_completing_sends_nothing_again_when_the_message_returns()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint());
        var notification = await host.AddNotificationAsync(await host.CreateTaskAsync());
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        var cut = 0;
        // The email is on the SMTP server; the worker's connection to the broker dies before its complete arrives.
        smtp.OnAccepted = _ =>
        {
            if (Interlocked.Exchange(ref cut, 1) == 0) broker.CutConnections();
        };

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the returned message completed", 60);

        Assert.True(subscription.Deliveries >= 2, $"Expected the message back after the cut, got {subscription.Deliveries} deliveries.");
        Assert.Single(smtp.Messages);
        Assert.Empty(subscription.DeadLettered);
    }

    [Fact]
    public async Task Smtp_refusing_for_a_while_then_recovering_abandons_the_message_and_emails_once_on_its_return()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint());
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        // Three tries per delivery: the first delivery fails entirely, the second succeeds on its second try.
        smtp.RefuseNext(4);

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the message completed");

        Assert.Equal(4, smtp.Refused);
        Assert.Single(smtp.Messages);
        Assert.Equal(2, subscription.Deliveries);
        var receipt = Assert.Single(await host.Get<DeliveryLedger>().ListForTaskAsync(taskId));
        Assert.Equal((DeliveryStates.Delivered, 2), (receipt.Outcome, receipt.Attempts));
    }

    [Fact]
    public async Task Smtp_refusing_on_every_delivery_dead_letters_the_message_with_the_reason_lists_it_and_notes_it_in_the_history()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker,
            new Dictionary<string, string> { ["Delivery:MaxDeliveryAttempts"] = "2" });
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint());
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        smtp.RefuseNext(int.MaxValue);

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.DeadLettered.Count == 1, "the message dead-lettered");

        var dead = Assert.Single(subscription.DeadLettered);
        Assert.Equal((notification.Id, DeliveryMessageHandler.GaveUpReason), (dead.MessageId, dead.Reason));
        Assert.Contains("dau.moi@sxd.test.gov.vn", dead.Description, StringComparison.Ordinal);
        Assert.Equal(2, subscription.Deliveries);
        Assert.Empty(smtp.Messages);
        var (failed, _) = await host.Get<DeliveryLedger>().ListFailedAsync(null, 50);
        Assert.Contains(failed, f => f.NotificationId == notification.Id && f.Outcome == DeliveryStates.Failed);
        var task = await host.Get<IGrainFactory>().GetGrain<IDirectiveTaskGrain>(taskId).GetAsync();
        Assert.Single(task!.History, h => h.Action == "delivery-failed");
    }

    [Fact]
    public async Task An_agency_without_contacts_has_its_message_completed_and_the_gap_listed()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SYT");
        var notification = await host.AddNotificationAsync(await host.CreateTaskAsync("SYT"), "SYT");
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the message completed");

        Assert.Empty(smtp.Messages);
        var (failed, _) = await host.Get<DeliveryLedger>().ListFailedAsync(null, 50);
        Assert.Contains(failed, f => f.NotificationId == notification.Id && f.Outcome == DeliveryStates.NoContacts);
    }
}
