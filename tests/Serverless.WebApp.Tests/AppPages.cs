using Microsoft.Playwright;
using Serverless.Testing;

namespace Serverless.WebApp.Tests;

/// <summary>What a user does on the web app, through its labels and buttons.</summary>
public static class AppPages
{
    /// <summary>Where the test run writes the screenshots the README links.</summary>
    public static string Screenshot(string name) => RepoPaths.Combine("docs", "webapp", $"{name}.png");

    /// <summary>A new tab with its own session; console errors (CSP violations included) are collected.</summary>
    public static async Task<(IPage Page, List<string> Errors)> OpenAsync(IBrowser browser, ViewportSize? viewport = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? Browser.Desktop,
            Locale = "vi-VN",
            TimezoneId = "Europe/Paris", // Dates must still show in Vietnam time.
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    /// <summary>Opens the site root and signs in through the development sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string role, string? agency = null)
    {
        await page.GotoAsync($"{baseUrl}/");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập", Exact = true }).WaitForAsync();
        await page.GetByLabel("Vai trò").SelectOptionAsync(role);
        if (agency is not null) await page.GetByLabel("Cơ quan").SelectOptionAsync(agency);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).WaitForAsync();
    }

    /// <summary>Waits until the page-level message says <paramref name="text"/>.</summary>
    public static Task ExpectFlashAsync(IPage page, string text) =>
        Assertions.Expect(page.Locator("#flash")).ToHaveTextAsync(text);
}
