using System.Text.Json;
using Microsoft.Playwright;
using Serverless.Testing;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>What the page shows when the API refuses or is slow: the message, next to the field it names; progress, not a frozen page.</summary>
public sealed class ErrorDisplayTests : BrowserTest
{
    protected override Task<WebAppHost> StartHostAsync()
    {
        // 8/8/2023: the sample notice's tasks for SXD (due 31/7) and SNNMT (due 27/7) are overdue.
        return WebAppHost.StartAsync(new DateTimeOffset(2023, 8, 8, 9, 0, 0, TimeSpan.FromHours(7)),
            settings => settings.SeedFile = RepoPaths.Combine("samples", "sample-notice.json"));
    }

    private async Task<string> SxdTaskIdAsync()
    {
        var tasks = await Api.GetJsonAsync("/api/tasks", "agency", "SXD");
        return (string)tasks["items"]![0]!["id"]!;
    }

    private static async Task StoreSessionAsync(IPage page, string token, DateTimeOffset expiresAt) =>
        await page.EvaluateAsync("([key, value]) => sessionStorage.setItem(key, value)", new[]
        {
            "directive-tracking.session",
            JsonSerializer.Serialize(new { token, mode = "development", role = "leader", agency = (string?)null, name = "x", expiresAt = expiresAt.ToString("O") }),
        });

    [Fact]
    public async Task An_expired_session_goes_back_to_sign_in_with_the_reason()
    {
        var (page, _) = await AppPages.OpenAsync(Chromium);
        await page.GotoAsync($"{Host.BaseUrl}/api/app/");
        await StoreSessionAsync(page, Api.Token("leader", lifetime: TimeSpan.FromMinutes(5), issuedAt: DateTimeOffset.UtcNow.AddHours(-1)), DateTimeOffset.UtcNow.AddMinutes(-55));
        await page.GotoAsync($"{Host.BaseUrl}/api/app/#/overview");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập", Exact = true }).WaitForAsync();
        await Assertions.Expect(page.Locator(".signin")).ToContainTextAsync("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
        await page.ScreenshotAsync(new() { Path = AppPages.Screenshot("sign-in") });
    }

    [Fact]
    public async Task A_token_the_api_answers_401_to_sends_the_user_to_sign_in()
    {
        var foreignKey = new Microsoft.IdentityModel.Tokens.RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "other" };
        var forged = Serverless.Functions.Auth.DevelopmentTokens.Mint(foreignKey, Serverless.Functions.Auth.AuthOptions.DevelopmentAudience,
            "leader", null, "forged", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        var (page, _) = await AppPages.OpenAsync(Chromium);
        await page.GotoAsync($"{Host.BaseUrl}/api/app/");
        await StoreSessionAsync(page, forged, DateTimeOffset.UtcNow.AddHours(1));
        await page.GotoAsync($"{Host.BaseUrl}/api/app/#/overview");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator(".signin")).ToContainTextAsync("Mã truy cập không còn hợp lệ");
    }

    [Fact]
    public async Task A_403_from_the_api_is_shown_in_vietnamese_and_keeps_the_user_signed_in()
    {
        // The session was a leader's, but the token the page now holds carries another role (an administrator changed
        // the user's app role in Entra ID): the API refuses the overview's calls with 403.
        var (page, errors) = await AppPages.OpenAsync(Chromium);
        await page.GotoAsync($"{Host.BaseUrl}/api/app/");
        await StoreSessionAsync(page, Api.Token("operator"), DateTimeOffset.UtcNow.AddHours(1));
        await page.GotoAsync($"{Host.BaseUrl}/api/app/#/overview");
        await page.ReloadAsync();

        var refusal = page.Locator("#main section.card.error[role='alert']");
        await Assertions.Expect(refusal.Locator("h1")).ToHaveTextAsync("Không có quyền");
        await Assertions.Expect(refusal).ToContainTextAsync("Vai trò 'operator' không được thực hiện thao tác này. (mã 403)");
        // A 403 is not a 401: the user stays signed in and can sign out.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".signin").CountAsync());
        Assert.All(errors, e => Assert.Contains("403", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_problem_naming_a_field_is_shown_beside_it_and_a_409_shows_its_reason()
    {
        var (page, errors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(page, Host.BaseUrl, "agency", "SXD");
        await page.GotoAsync($"{Host.BaseUrl}/api/app/#/task/{await SxdTaskIdAsync()}");

        var report = page.GetByRole(AriaRole.Form, new() { Name = "Báo cáo tiến độ" });
        await report.GetByLabel("Nội dung báo cáo").FillAsync("Đang làm.");
        await report.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("150");
        await report.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        var fieldError = report.Locator("[data-field='percentComplete'] .field-error");
        await Assertions.Expect(fieldError).ToHaveTextAsync("Tỷ lệ hoàn thành phải từ 0 đến 100.");
        Assert.Equal("true", await report.GetByLabel("Tỷ lệ hoàn thành (%)").GetAttributeAsync("aria-invalid"));

        var extension = page.GetByRole(AriaRole.Form, new() { Name = "Xin gia hạn" });
        await extension.GetByLabel("Đề nghị hạn mới").FillAsync("31/08/2023");
        await extension.GetByLabel("Lý do").FillAsync("Chờ vốn.");
        await extension.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị gia hạn" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, "Đã gửi đề nghị gia hạn; chờ lãnh đạo quyết định.");

        extension = page.GetByRole(AriaRole.Form, new() { Name = "Xin gia hạn" });
        await extension.GetByLabel("Đề nghị hạn mới").FillAsync("15/09/2023");
        await extension.GetByLabel("Lý do").FillAsync("Lần nữa.");
        await extension.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị gia hạn" }).ClickAsync();
        await Assertions.Expect(extension.Locator(".form-message")).ToContainTextAsync("(mã 409)");
        Assert.DoesNotContain(errors, e => !e.Contains("409", StringComparison.Ordinal) && !e.Contains("400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_api_shows_progress_and_then_the_page()
    {
        var (page, _) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(page, Host.BaseUrl, "leader");
        await page.RouteAsync("**/api/statistics", async route =>
        {
            await Task.Delay(2000);
            await route.ContinueAsync();
        });
        await page.GotoAsync($"{Host.BaseUrl}/api/app/#/signin");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#busy")).ToBeVisibleAsync(new() { Timeout = 1900 });
        await Assertions.Expect(page.Locator("#busy")).ToHaveTextAsync("Đang tải…");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan thực hiện nhiệm vụ" }).WaitForAsync();
        await Assertions.Expect(page.Locator("#busy")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_agency_page_fits_a_phone_width()
    {
        var (page, errors) = await AppPages.OpenAsync(Chromium, Browser.Phone);
        await AppPages.SignInAsync(page, Host.BaseUrl, "agency", "SXD");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Việc của Sở Xây dựng" }).WaitForAsync();

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Browser.Phone.Width, $"The page is {width}px wide on a {Browser.Phone.Width}px phone.");
        await page.ScreenshotAsync(new() { Path = AppPages.Screenshot("agency-phone"), FullPage = true });
        Assert.Empty(errors);
    }
}
