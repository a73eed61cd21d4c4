using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Serverless.Testing;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>
/// The agency's page reads its open work when it opens, and its finished work (every task it ever completed) only
/// when asked: the page's cost follows what the agency has to do, not its history.
/// </summary>
public sealed class AgencyWorkTests : BrowserTest
{
    private const string SxdTask = "tb-125-2023-ubnd.2.1";

    protected override Task<WebAppHost> StartHostAsync() =>
        // 25/7/2023: SXD's task from the sample notice is due 31/7.
        WebAppHost.StartAsync(new DateTimeOffset(2023, 7, 25, 9, 0, 0, TimeSpan.FromHours(7)),
            settings => settings.SeedFile = RepoPaths.Combine("samples", "sample-notice.json"));

    [Fact]
    public async Task Finished_tasks_are_read_only_when_the_agency_asks_for_them()
    {
        var open = (await Api.GetJsonAsync("/api/tasks?status=inProgress", "agency", "SXD"))["items"]!.AsArray().Count;
        using (var done = await Api.SendAsync(HttpMethod.Post, $"/api/tasks/{SxdTask}/complete", JsonContent.Create(new { note = "Đã trình hồ sơ." }), "agency", "SXD"))
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        var (page, errors) = await AppPages.OpenAsync(Chromium);
        var taskQueries = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/api/tasks?", StringComparison.Ordinal)) taskQueries.Add(request.Url); };
        await AppPages.SignInAsync(page, Host.BaseUrl, "agency", "SXD");
        var buttons = page.Locator("#main .filters button");
        await Assertions.Expect(buttons.First).ToHaveTextAsync($"Đang mở ({open - 1})");
        Assert.DoesNotContain(taskQueries, url => url.Contains("status=completed", StringComparison.Ordinal));
        Assert.All(taskQueries, url => Assert.Matches("status=(inProgress|awaitingDate)", url));

        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành đúng hạn" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#work-results tr[data-task-id='{SxdTask}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành đúng hạn (1)" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Single(taskQueries, url => url.Contains("status=completed", StringComparison.Ordinal));

        // The second click reads nothing again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành quá hạn (0)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#work-results .empty")).ToHaveTextAsync("Không có nhiệm vụ nào.");
        Assert.Single(taskQueries, url => url.Contains("status=completed", StringComparison.Ordinal));
        Assert.Empty(errors);
    }
}
