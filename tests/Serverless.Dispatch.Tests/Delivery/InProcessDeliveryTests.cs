using Serverless.Testing.Delivery;
using Serverless.Functions.Delivery;
using Serverless.Functions.Dispatch;
using Serverless.Grains;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>Without Service Bus, the dispatcher hands notifications to the delivery code in-process.</summary>
[Collection(DeliveryGroup.Name)]
public sealed class InProcessDeliveryTests(DeliveryFixture fixture)
{
    [Fact]
    public async Task A_reminder_is_emailed_once_to_each_contact_of_its_level_in_Vietnamese_with_the_due_date_and_a_link()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint(), Contacts.Head());
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);

        var first = await host.DispatchAsync();
        var second = await host.DispatchAsync();

        Assert.Equal(new DispatchResult(false, 1, 0, 0, 0), first);
        Assert.Equal(new DispatchResult(false, 0, 0, 0, 0), second);
        var email = Assert.Single(smtp.Messages);
        Assert.Equal("dau.moi@sxd.test.gov.vn", Assert.Single(email.To.Mailboxes).Address);
        Assert.StartsWith(notification.Id + ".", email.MessageId, StringComparison.Ordinal);
        Assert.Equal("[Nhắc việc] Nhiệm vụ 1 - Thông báo số 125/TB-UBND: hạn 30/09/2023 (còn 3 ngày)", email.Subject);
        Assert.Contains("Kính gửi Trần Thị Đầu Mối,", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rà soát quy hoạch chung đô thị", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hạn hoàn thành: 30/09/2023", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tình trạng: còn 3 ngày", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://theodoi.test.gov.vn/api/app/#/task/{taskId}", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("<th align=\"left\">Hạn hoàn thành</th><td>30/09/2023</td>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Đề nghị cơ quan khẩn trương thực hiện", email.HtmlBody, StringComparison.Ordinal);

        var receipt = Assert.Single(await host.Get<DeliveryLedger>().ListForTaskAsync(taskId));
        Assert.Equal((notification.Id, DeliveryChannels.Email, "dau.moi@sxd.test.gov.vn", DeliveryStates.Delivered),
            (receipt.NotificationId, receipt.Channel, receipt.Address, receipt.Outcome));

        // The ledger, not the outbox state, is what stops a second send: delivering the same notification again sends nothing.
        var again = await host.Get<NotificationDelivery>().DeliverAsync(TopicMessages.BodyOf(notification), CancellationToken.None);
        Assert.Equal(new DeliveryReport(0, 1, 0, false), again);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task An_escalation_goes_to_the_head_and_the_focal_point_and_says_how_many_days_overdue()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint(), Contacts.Head());
        var taskId = await host.CreateTaskAsync();
        await host.AddNotificationAsync(taskId, level: 1);

        await host.DispatchAsync();

        Assert.Equal(["dau.moi@sxd.test.gov.vn", "giam.doc@sxd.test.gov.vn"],
            smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(smtp.Messages, m => Assert.Contains("quá hạn 12 ngày", m.Subject, StringComparison.Ordinal));
        Assert.All(smtp.Messages, m => Assert.StartsWith("[Quá hạn]", m.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Smtp_refusing_past_every_attempt_keeps_the_row_pending_then_gives_up_into_the_operators_list_and_the_task_history()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp,
            settings: new Dictionary<string, string> { ["Dispatch:MaxAttempts"] = "2", ["Dispatch:FirstRetryDelay"] = "00:01:00" });
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint());
        var taskId = await host.CreateTaskAsync();
        var notification = await host.AddNotificationAsync(taskId);
        smtp.RefuseNext(int.MaxValue);

        var first = await host.DispatchAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await host.DispatchAsync();

        Assert.Equal(new DispatchResult(false, 0, 1, 0, 0), first);
        Assert.Equal(new DispatchResult(false, 0, 0, 1, 0), second);
        Assert.Empty(smtp.Messages);
        Assert.Equal(6, smtp.Refused);
        var (failed, _) = await host.Get<DeliveryLedger>().ListFailedAsync(null, 50);
        var listed = Assert.Single(failed, f => f.NotificationId == notification.Id);
        Assert.Equal((DeliveryChannels.Email, "dau.moi@sxd.test.gov.vn", DeliveryStates.Failed), (listed.Channel, listed.Address, listed.Outcome));
        var task = await host.Get<IGrainFactory>().GetGrain<IDirectiveTaskGrain>(taskId).GetAsync();
        var entry = Assert.Single(task!.History, h => h.Action == "delivery-failed");
        Assert.Contains("dau.moi@sxd.test.gov.vn", entry.Detail, StringComparison.Ordinal);
        Assert.Equal(DispatchStates.Failed, (await host.Get<NotificationOutbox>().ListForRecipientAsync("SXD", null, 50)).Items
            .Single(n => n.Id == notification.Id).DispatchState);
    }

    [Fact]
    public async Task An_agency_without_contacts_is_a_gap_shown_to_operators_and_a_retry_after_adding_one_delivers()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("STC");
        var taskId = await host.CreateTaskAsync("STC");
        var notification = await host.AddNotificationAsync(taskId, "STC");

        Assert.Equal(new DispatchResult(false, 1, 0, 0, 0), await host.DispatchAsync());

        Assert.Empty(smtp.Messages);
        var (failed, _) = await host.Get<DeliveryLedger>().ListFailedAsync(null, 50);
        var gap = Assert.Single(failed, f => f.NotificationId == notification.Id);
        Assert.Equal((DeliveryChannels.None, DeliveryStates.NoContacts, "STC"), (gap.Channel, gap.Outcome, gap.Recipient));

        await host.SetContactsAsync("STC", Contacts.FocalPoint("van.thu@stc.test.gov.vn"));
        using var operatorClient = host.Client("operator");
        using var response = await operatorClient.PostAsync($"/api/operations/deliveries/{notification.Id}/retry", null);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("van.thu@stc.test.gov.vn", Assert.Single(smtp.Messages).To.Mailboxes.Single().Address);
        Assert.DoesNotContain((await host.Get<DeliveryLedger>().ListFailedAsync(null, 50)).Items, f => f.NotificationId == notification.Id);
        var receipt = Assert.Single(await host.Get<DeliveryLedger>().ListForTaskAsync(taskId));
        Assert.Equal(DeliveryStates.Delivered, receipt.Outcome);
    }

    [Fact]
    public async Task An_explanation_request_is_emailed_as_such_and_its_receipt_shows_on_the_task()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint(), Contacts.Head());
        var taskId = await host.CreateTaskAsync();
        var now = host.Time.GetUtcNow();
        var request = new Notification($"{taskId}.gt1.request", "SXD", "explanation-request", 1, "gt1.request", taskId, new DateOnly(2023, 10, 4),
            now, now, "Yêu cầu giải trình: nhiệm vụ số 1 chậm tiến độ.", DispatchStates.Pending);
        Assert.True(await host.Get<NotificationOutbox>().AddAsync(request));

        await host.DispatchAsync();

        Assert.Equal(2, smtp.Messages.Count);
        Assert.All(smtp.Messages, m =>
        {
            Assert.Equal("[Yêu cầu giải trình] Nhiệm vụ 1 - Thông báo số 125/TB-UBND: hạn 04/10/2023 (còn 7 ngày)", m.Subject);
            Assert.Contains("Đề nghị cơ quan gửi báo cáo giải trình trước hạn nêu trên.", m.TextBody, StringComparison.Ordinal);
        });
        var receipts = await host.Get<DeliveryLedger>().ListForTaskAsync(taskId);
        Assert.Equal(2, receipts.Count(r => r.NotificationId == request.Id && r.Outcome == DeliveryStates.Delivered));
    }
}
