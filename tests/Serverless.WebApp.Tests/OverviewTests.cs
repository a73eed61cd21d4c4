using Microsoft.Playwright;
using Serverless.Testing;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>The leaders' overview on the sample notice: who is behind, and the overdue count over the last weeks.</summary>
public sealed class OverviewTests : BrowserTest
{
    protected override Task<WebAppHost> StartHostAsync()
    {
        // Tuesday 8/8/2023: SNNMT's task (due 27/7) and SXD's (due 31/7) are overdue; the others are due from 31/8.
        return WebAppHost.StartAsync(new DateTimeOffset(2023, 8, 8, 9, 0, 0, TimeSpan.FromHours(7)),
            settings => settings.SeedFile = RepoPaths.Combine("samples", "sample-notice.json"));
    }

    [Fact]
    public async Task The_overview_draws_the_overdue_count_of_each_of_the_last_twelve_weeks()
    {
        var (page, errors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(page, Host.BaseUrl, "leader");
        var canvas = page.Locator("canvas#overdue-weeks-chart[data-ready='true']");
        await canvas.WaitForAsync();

        // What chart.js holds: one point per week, oldest first. Weeks end on Sunday: 23/7 none overdue, 30/7 SNNMT's
        // task, 6/8 SXD's as well, and this week (to today, 8/8) still both.
        Assert.Equal("12", await canvas.GetAttributeAsync("data-points"));
        Assert.Equal("0,0,0,0,0,0,0,0,0,1,2,2", await canvas.GetAttributeAsync("data-values"));
        var fromApi = await Api.GetJsonAsync("/api/statistics/overdue-by-week?weeks=12", "leader");
        Assert.Equal(string.Join(',', fromApi["weeks"]!.AsArray().Select(w => (int)w!["overdue"]!)), await canvas.GetAttributeAsync("data-values"));

        // The same figures as a table, in Vietnamese dates; the week in progress counted to today.
        var lastWeek = page.Locator("table.weeks tbody tr").Last;
        Assert.Equal("07/08/2023 – 13/08/2023", (await lastWeek.Locator("th").TextContentAsync())?.Trim());
        Assert.Equal(["08/08/2023", "2"], (await lastWeek.Locator("td").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Empty(errors);
    }
}
