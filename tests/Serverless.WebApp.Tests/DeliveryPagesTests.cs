using Microsoft.Playwright;
using Serverless.Testing;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>
/// Reminders that reached nobody, on the pages of the people who fix it: the operator sees them (an agency with no
/// contacts), the office names a person for the agency, and the operator's retry delivers the email.
/// </summary>
public sealed class DeliveryPagesTests : SmtpBrowserTest
{
    [Fact]
    public async Task The_operator_sees_an_agency_without_contacts_the_office_names_one_and_the_retry_delivers()
    {
        // 8/8/2023: SXD's task (due 31/7) is overdue; its notifications go out, but no agency has contacts yet.
        Host.SetVietnamTime(2023, 8, 8);
        await Host.SweepAsync();
        await Host.DispatchAsync();
        Assert.Empty(Smtp.Messages);

        var (operatorPage, operatorErrors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(operatorPage, Host.BaseUrl, "operator");
        await operatorPage.GetByRole(AriaRole.Heading, new() { Name = "Chưa đến được người nhận" }).WaitForAsync();
        var sxdRows = operatorPage.Locator("table.failed-deliveries tbody tr[data-recipient='SXD']");
        Assert.True(await sxdRows.CountAsync() > 0, "SXD's undelivered notifications must be listed.");
        await Assertions.Expect(sxdRows.First).ToContainTextAsync("Cơ quan chưa có người nhận");
        await Assertions.Expect(operatorPage.Locator("p.warning")).ToContainTextAsync("SXD");
        var notificationId = await sxdRows.First.GetAttributeAsync("data-notification-id");

        // The office: a wrong address is refused beside its field, then a right one is saved and audited.
        var (office, officeErrors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(office, Host.BaseUrl, "office");
        await office.GetByRole(AriaRole.Link, new() { Name = "Người nhận thông báo" }).ClickAsync();
        await office.GetByLabel("Cơ quan", new() { Exact = true }).SelectOptionAsync("SXD");
        await office.GetByRole(AriaRole.Button, new() { Name = "Thêm người nhận" }).ClickAsync();
        var person = office.Locator("fieldset.contact").First;
        await person.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Hoà");
        await person.GetByLabel("Vai trò").SelectOptionAsync("focalPoint");
        await person.GetByLabel("Thư điện tử").FillAsync("khong-phai-thu");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        var emailError = person.Locator("[data-field='contacts[0].email'] .field-error");
        await Assertions.Expect(emailError).ToContainTextAsync("không hợp lệ");
        await person.GetByLabel("Thư điện tử").FillAsync("dau.moi@sxd.test.gov.vn");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Assertions.Expect(office.Locator(".form-message.ok")).ToContainTextAsync("Đã lưu 1 người nhận của Sở Xây dựng");
        await Assertions.Expect(office.Locator("table.contact-changes tbody tr").First).ToContainTextAsync("Nguyễn Thị Hoà (Đầu mối) <dau.moi@sxd.test.gov.vn> nhận các mức 0, 1, 2, 3");
        await office.ScreenshotAsync(new() { Path = AppPages.Screenshot("office-contacts"), FullPage = true });

        // The operator retries the first of SXD's notifications: one email, to the person just named.
        await operatorPage.ReloadAsync();
        var row = operatorPage.Locator($"table.failed-deliveries tbody tr[data-notification-id='{notificationId}']").First;
        await row.GetByRole(AriaRole.Button, new() { Name = "Thử lại" }).ClickAsync();
        await Assertions.Expect(operatorPage.Locator("#flash")).ToContainTextAsync($"Đã gửi lại thông báo {notificationId}: 1 bản đã gửi");
        var email = Assert.Single(Smtp.Messages);
        Assert.Equal("dau.moi@sxd.test.gov.vn", Assert.Single(email.To.Mailboxes).Address);
        await Assertions.Expect(operatorPage.Locator($"table.failed-deliveries tbody tr[data-notification-id='{notificationId}']")).ToHaveCountAsync(0);
        await operatorPage.ScreenshotAsync(new() { Path = AppPages.Screenshot("operator-deliveries"), FullPage = true });

        // The agency sees who its reminders reach.
        var (agency, agencyErrors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(agency, Host.BaseUrl, "agency", "SXD");
        await Assertions.Expect(agency.Locator("ul.recipients li").First)
            .ToHaveTextAsync("Nguyễn Thị Hoà (Đầu mối), dau.moi@sxd.test.gov.vn: Nhắc việc, Quá hạn mức 1, Quá hạn mức 2, Quá hạn mức 3");

        Assert.Empty(operatorErrors);
        Assert.Empty(agencyErrors);
        // The refused address is the one failed call the browser reports.
        Assert.All(officeErrors, e => Assert.Contains("400", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_office_imports_the_people_of_several_agencies_from_one_list()
    {
        var (office, errors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(office, Host.BaseUrl, "office");
        await office.GetByRole(AriaRole.Link, new() { Name = "Người nhận thông báo" }).ClickAsync();
        var import = office.Locator("form[aria-labelledby='import-contacts']");

        // A wrong address is named by its row, and nothing is stored.
        await import.GetByLabel("Tệp người nhận").SetInputFilesAsync(Csv("SXD,Nguyễn Thị Hoà,Đầu mối,khong-phai-thu,\nSTC,Lê Văn Tài,Thủ trưởng,tai@stc.test.gov.vn,1;2;3"));
        await import.GetByRole(AriaRole.Button, new() { Name = "Nhập danh sách người nhận" }).ClickAsync();
        await Assertions.Expect(import.Locator(".form-message")).ToContainTextAsync("rows[1].email");

        await import.GetByLabel("Tệp người nhận").SetInputFilesAsync(Csv("SXD,Nguyễn Thị Hoà,Đầu mối,dau.moi@sxd.test.gov.vn,\nSTC,Lê Văn Tài,Thủ trưởng,tai@stc.test.gov.vn,1;2;3"));
        await import.GetByRole(AriaRole.Button, new() { Name = "Nhập danh sách người nhận" }).ClickAsync();
        await AppPages.ExpectFlashAsync(office, "Đã lưu 2 người nhận của 2 cơ quan.");

        await office.GetByLabel("Cơ quan", new() { Exact = true }).SelectOptionAsync("STC");
        var person = office.Locator("fieldset.contact").First;
        await Assertions.Expect(person.GetByLabel("Thư điện tử")).ToHaveValueAsync("tai@stc.test.gov.vn");
        await Assertions.Expect(person.GetByLabel("Vai trò")).ToHaveValueAsync("head");
        Assert.False(await person.GetByLabel("Nhắc việc").IsCheckedAsync());
        Assert.All(errors, e => Assert.Contains("422", e, StringComparison.Ordinal));
    }

    private static FilePayload Csv(string rows) => new()
    {
        Name = "nguoi-nhan.csv",
        MimeType = "text/csv",
        Buffer = System.Text.Encoding.UTF8.GetBytes("agency,name,role,email,levels\n" + rows + "\n"),
    };
}
