using Serverless.Testing.Delivery;
using System.Text.Json;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Serverless.Testing.Delivery.Broker;
using Serverless.Functions.Delivery;
using Serverless.Functions.Dispatch;
using Serverless.Grains;
using Xunit;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>
/// Webhooks to a real Kestrel receiver that verifies every Standard Webhooks signature, through the real
/// ServiceBusProcessor on the test broker (and once in-process): retried on 5xx and time-outs, never on 4xx, sent
/// once whatever the broker does.
/// </summary>
[Collection(DeliveryGroup.Name)]
public sealed class WebhookDeliveryTests(DeliveryFixture fixture)
{
    private static TestBroker NewBroker() => new(NotificationTopology.TopicName, subscriptionNames: [NotificationTopology.DeliverySubscription]);

    private static AgencyContacts WithWebhook(TestWebhookReceiver receiver, params AgencyContact[] people) =>
        new("SXD", people, new AgencyWebhook(receiver.Url, TestWebhookReceiver.Secret));

    [Fact]
    public async Task The_worker_posts_each_notification_once_as_a_signed_CloudEvent_and_completes_its_message()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync(WithWebhook(receiver));
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId, level: 1);
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the message completed");

        var call = Assert.Single(receiver.Calls);
        Assert.Null(call.VerificationFailure);
        Assert.Equal(WebhookChannel.WebhookIdOf(notification.Id), call.WebhookId);
        Assert.StartsWith("application/cloudevents+json", call.ContentType, StringComparison.Ordinal);
        var cloudEvent = call.Event!;
        Assert.Equal((notification.Id, "vn.theodoi.notification.escalation", taskId), (cloudEvent.Id, cloudEvent.Type, cloudEvent.Subject));
        Assert.Equal(new Uri($"https://theodoi.test.gov.vn/api/app/#/task/{taskId}"), cloudEvent.Source);
        var data = JsonDocument.Parse(call.Payload).RootElement.GetProperty("data");
        Assert.Equal("Quá hạn: nhiệm vụ số 1 đã quá hạn 12 ngày.", data.GetProperty("message").GetString());
        Assert.Equal("125/TB-UBND", data.GetProperty("noticeNumber").GetString());
        Assert.StartsWith("Rà soát quy hoạch chung đô thị", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("2023-09-15", data.GetProperty("dueDate").GetString());
        var receipt = Assert.Single(await host.Get<DeliveryLedger>().ListForTaskAsync(taskId));
        Assert.Equal((DeliveryChannels.Webhook, receiver.Url.AbsoluteUri, DeliveryStates.Delivered, "200 OK"),
            (receipt.Channel, receipt.Address, receipt.Outcome, receipt.Detail));
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task A_webhook_answering_500_then_200_is_retried_with_the_same_id_and_recorded_delivered_once()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync(WithWebhook(receiver));
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        receiver.AnswerNext(500);

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the message completed");

        Assert.Equal([500, 200], receiver.Calls.Select(c => c.Status));
        Assert.All(receiver.Calls, c => Assert.Null(c.VerificationFailure));
        Assert.Single(receiver.Calls.Select(c => c.WebhookId).Distinct());
        Assert.Single(receiver.Accepted);
        Assert.Equal(1, subscription.Deliveries);
        var receipt = Assert.Single(await host.Get<DeliveryLedger>().ListForTaskAsync(taskId));
        Assert.Equal((DeliveryStates.Delivered, 1), (receipt.Outcome, receipt.Attempts));
    }

    [Fact]
    public async Task A_webhook_that_hangs_past_the_time_out_is_tried_again_and_then_delivered()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker,
            new Dictionary<string, string> { ["Delivery:WebhookTimeout"] = "00:00:00.500" });
        await host.ClearOutboxAsync();
        await host.SetContactsAsync(WithWebhook(receiver));
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        receiver.AnswerNext(TestWebhookReceiver.Hang);

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the message completed");

        Assert.Equal([TestWebhookReceiver.Hang, 200], receiver.Calls.Select(c => c.Status));
        Assert.Single(receiver.Accepted);
        var receipt = Assert.Single(await host.Get<DeliveryLedger>().ListForTaskAsync(taskId));
        Assert.Equal(DeliveryStates.Delivered, receipt.Outcome);
    }

    [Fact]
    public async Task A_webhook_refusing_with_a_4xx_is_not_retried_and_is_recorded_failed_listed_and_noted_in_the_history()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync(WithWebhook(receiver, Contacts.FocalPoint()));
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        receiver.AnswerNext(410);

        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the message completed");

        Assert.Equal([410], receiver.Calls.Select(c => c.Status));
        Assert.Equal(1, subscription.Deliveries);
        Assert.Empty(subscription.DeadLettered);
        Assert.Single(smtp.Messages);
        var receipts = await host.Get<DeliveryLedger>().ListForTaskAsync(taskId);
        Assert.Equal(DeliveryStates.Failed, Assert.Single(receipts, r => r.Channel == DeliveryChannels.Webhook).Outcome);
        Assert.Equal(DeliveryStates.Delivered, Assert.Single(receipts, r => r.Channel == DeliveryChannels.Email).Outcome);
        var (failed, _) = await host.Get<DeliveryLedger>().ListFailedAsync(null, 50);
        Assert.Contains(failed, f => f.NotificationId == notification.Id && f.Channel == DeliveryChannels.Webhook && f.Reason.Contains("410", StringComparison.Ordinal));
        var task = await host.Get<IGrainFactory>().GetGrain<IDirectiveTaskGrain>(taskId).GetAsync();
        Assert.Contains("webhook " + receiver.Url.AbsoluteUri, Assert.Single(task!.History, h => h.Action == "delivery-failed").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_the_broker_delivers_twice_is_posted_once()
    {
        using var broker = NewBroker();
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp, broker);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync(WithWebhook(receiver));
        var notification = await host.AddNotificationAsync(await host.CreateTaskAsync());
        var subscription = broker.Subscription(NotificationTopology.DeliverySubscription);
        await host.DispatchAsync();
        await Eventually.WaitAsync(() => subscription.Completed.Contains(notification.Id), "the first copy completed");

        subscription.Redeliver(notification.Id);
        await Eventually.WaitAsync(() => subscription.Completed.Count(id => id == notification.Id) == 2, "the second copy completed");

        Assert.Equal(2, subscription.Deliveries);
        Assert.Single(receiver.Calls);
    }

    [Fact]
    public async Task Without_Service_Bus_the_same_code_emails_the_contacts_and_posts_the_webhook_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync(WithWebhook(receiver, Contacts.FocalPoint()));
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);

        await host.DispatchAsync();
        await host.DispatchAsync();

        Assert.Single(smtp.Messages);
        var call = Assert.Single(receiver.Calls);
        Assert.Equal((null, notification.Id), (call.VerificationFailure, call.Event?.Id));
        Assert.Equal(2, (await host.Get<DeliveryLedger>().ListForTaskAsync(taskId)).Count(r => r.Outcome == DeliveryStates.Delivered));
    }

    [Fact]
    public async Task Outside_Development_a_webhook_whose_host_is_a_loopback_address_is_refused_for_good_without_a_call()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.SetContactsAsync(WithWebhook(receiver));
        using var channel = new WebhookChannel(host.Get<ContactsCache>(), host.Get<IOptions<DeliveryOptions>>(),
            new HostingEnvironment { EnvironmentName = "Production" });
        var notification = TopicMessages.BodyOf(await host.AddNotificationAsync(await host.CreateTaskAsync()));

        var refused = await Assert.ThrowsAsync<PermanentDeliveryException>(() =>
            channel.SendAsync(notification, new DeliveryTarget(DeliveryChannels.Webhook, receiver.Url.AbsoluteUri), null, CancellationToken.None));

        Assert.Contains("địa chỉ nội bộ", refused.Message, StringComparison.Ordinal);
        Assert.Empty(receiver.Calls);
    }
}
