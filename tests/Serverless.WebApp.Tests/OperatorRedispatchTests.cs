using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Serverless.LocalHost;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>
/// A notification the dispatcher gave up on (the mail server refused it): the operator finds it on the operations page
/// with its error, puts it back in line, and the next dispatch delivers it once.
/// </summary>
public sealed class OperatorRedispatchTests : SmtpBrowserTest
{
    // One refused attempt is enough to give up, so the test needs no hours of back-off.
    protected override void Configure(LocalHostSettings settings) => settings.Configuration["Dispatch:MaxAttempts"] = "1";

    [Fact]
    public async Task The_operator_puts_a_failed_notification_back_in_line_and_it_is_delivered_once()
    {
        var (page, errors, notificationId) = await GiveUpOnSxdAsync();

        Smtp.RefuseNext(0);
        var row = page.Locator($"table.failed tbody tr[data-notification-id='{notificationId}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Gửi lại" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, $"Đã đưa thông báo {notificationId} trở lại hàng đợi gửi.");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        // Its given-up copy was reopened with it: no longer listed among the deliveries either.
        await Assertions.Expect(page.Locator($"table.failed-deliveries tbody tr[data-notification-id='{notificationId}']")).ToHaveCountAsync(0);

        await Host.DispatchAsync();
        await Host.DispatchAsync();
        Assert.Single(Smtp.Messages, m => m.To.Mailboxes.Single().Address == Focal && (m.MessageId ?? "").Contains(notificationId, StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Retrying_its_delivery_delivers_the_notification_and_settles_it_in_both_lists()
    {
        var (page, errors, notificationId) = await GiveUpOnSxdAsync();

        Smtp.RefuseNext(0);
        var delivery = page.Locator($"table.failed-deliveries tbody tr[data-notification-id='{notificationId}']");
        await delivery.GetByRole(AriaRole.Button, new() { Name = "Thử lại" }).ClickAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync($"Đã gửi lại thông báo {notificationId}: 1 bản đã gửi");
        await Assertions.Expect(delivery).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"table.failed tbody tr[data-notification-id='{notificationId}']")).ToHaveCountAsync(0);

        // Nothing is left for the dispatcher to send again.
        await Host.DispatchAsync();
        Assert.Single(Smtp.Messages, m => m.To.Mailboxes.Single().Address == Focal);
        Assert.Empty(errors);
    }

    private const string Focal = "dau.moi@sxd.test.gov.vn";

    // SXD has a focal point; its overdue notice of 8/8/2023 is refused by the mail server and the dispatcher gives up.
    // Returns the operator's page, open on both lists, and the notification's id.
    private async Task<(IPage Page, List<string> Errors, string NotificationId)> GiveUpOnSxdAsync()
    {
        var contacts = new { contacts = new[] { new { name = "Trần Văn Bình", role = "focalPoint", email = Focal } } };
        using (var saved = await Api.SendAsync(HttpMethod.Put, "/api/agencies/SXD/contacts", JsonContent.Create(contacts), "office"))
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Host.SetVietnamTime(2023, 8, 8);
        await Host.SweepAsync();
        Smtp.RefuseNext(int.MaxValue);
        await Host.DispatchAsync();
        Assert.Empty(Smtp.Messages);

        var (page, errors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(page, Host.BaseUrl, "operator");
        var row = page.Locator("table.failed tbody tr", new() { Has = page.Locator("td:nth-child(2)", new() { HasTextString = "SXD" }) }).First;
        await Assertions.Expect(row).ToContainTextAsync("Try again later");
        var notificationId = await row.GetAttributeAsync("data-notification-id");
        Assert.NotNull(notificationId);
        // In process, the same failure is listed among the deliveries too.
        await Assertions.Expect(page.Locator($"table.failed-deliveries tbody tr[data-notification-id='{notificationId}']")).ToHaveCountAsync(1);
        return (page, errors, notificationId);
    }
}
