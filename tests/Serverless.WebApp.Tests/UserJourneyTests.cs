using Microsoft.Playwright;
using Serverless.Testing;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>
/// Every user's journey in one real browser on one product: the clerk imports the Tiền Giang notice from its text,
/// the agency acts on its reminder, the leader approves the extension and sees the deadline move.
/// </summary>
public sealed class UserJourneyTests : IAsyncLifetime
{
    private const string NoticeId = "tien-giang-2023-06-30";
    private const string NoticeNumber = "999-TB/TU";
    private WebAppHost host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        // 20/7/2023 09:00 in Vietnam: seven days before directive 6's "(27/7)".
        host = await WebAppHost.StartAsync(new DateTimeOffset(2023, 7, 20, 9, 0, 0, TimeSpan.FromHours(7)));
        (playwright, browser) = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task The_clerk_imports_the_notice_the_agency_acts_and_the_leader_approves_the_extension_that_moves_the_deadline()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "..", "shared", "samples", "notices", "tien-giang-2023-06-30.txt"));

        // The clerk (office).
        var (clerk, clerkErrors) = await AppPages.OpenAsync(browser);
        await AppPages.SignInAsync(clerk, host.BaseUrl, "office");
        await clerk.GetByRole(AriaRole.Heading, new() { Name = "Nhập thông báo kết luận" }).WaitForAsync();
        await clerk.GetByLabel("Nội dung thông báo").FillAsync(text);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Đọc thông báo" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Heading, new() { Name = "Kết quả đọc — kiểm tra và sửa" }).WaitForAsync();

        // The reading sits beside the text with the deadline phrase marked where it was found.
        Assert.Contains("27/7", await clerk.Locator("pre.source mark.deadline").AllTextContentsAsync());
        var unmatchedBanner = clerk.Locator(".unmatched-banner");
        if (await clerk.Locator("pre.source mark.unmatched").CountAsync() > 0)
            Assert.True(await unmatchedBanner.IsVisibleAsync(), "Unmatched agency names must be announced at the top of the reading.");

        await clerk.GetByLabel("Số thông báo").FillAsync(NoticeNumber);
        await clerk.GetByLabel("Mã thông báo trong hệ thống").FillAsync(NoticeId);
        await clerk.GetByLabel("Ngày ban hành").FillAsync("30/06/2023");

        // The agency directory reads the police as directive 7's lead ("Ngành Công an, Quân sự, Biên phòng").
        var police = clerk.Locator("fieldset.directive[data-number='7'] fieldset.task-edit").First;
        await Assertions.Expect(police.GetByLabel("Cơ quan chủ trì")).ToHaveValueAsync("CAT");
        await RemoveTasksWithoutLeadAsync(clerk);

        // The correction: directive 6's task for the Department of Construction ("(27/7)") gets the Department of Health as coordinator.
        var six = clerk.Locator("fieldset.directive[data-number='6']");
        var sixTask = await TaskLedByAsync(six, "SXD");
        Assert.Equal("27/07/2023", await sixTask.GetByLabel("Hạn 1").InputValueAsync());
        await sixTask.GetByLabel("Thêm cơ quan phối hợp").FillAsync("SYT");
        await sixTask.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();
        await Assertions.Expect(sixTask.Locator("ul.chips li")).ToContainTextAsync("Sở Y tế");
        await clerk.ScreenshotAsync(new() { Path = AppPages.Screenshot("clerk-import"), FullPage = false });

        await clerk.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và tạo nhiệm vụ" }).ClickAsync();
        var created = clerk.Locator("#created-title");
        // The seed notice makes about 200 tasks (its group phrases expand): on a loaded 2-core machine that takes a while.
        await created.WaitForAsync(new() { Timeout = 90_000 });
        Assert.Matches(@"^Đã tạo \d+ nhiệm vụ từ thông báo ""tien-giang-2023-06-30""\.$", await created.TextContentAsync());
        // With the agency directory, group phrases ("các sở, ban, ngành") expand into many tasks: pick rows by directive.
        var sxdRow = CreatedRowLedBy(clerk, 6, "Sở Xây dựng");
        Assert.Contains("27/07/2023", await sxdRow.TextContentAsync());
        Assert.Equal("Sở Y tế", (await sxdRow.Locator("td:nth-child(4)").TextContentAsync())?.Trim());
        Assert.Equal(1, await CreatedRowLedBy(clerk, 7, "Công an tỉnh").CountAsync());

        // Importing the same notice again says so instead of failing.
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và tạo nhiệm vụ" }).ClickAsync();
        await clerk.Locator("#created-title", new() { HasText = "đã được nhập trước đó" }).WaitForAsync();
        Assert.Empty(clerkErrors);

        // The sweep sends the 7-day reminder for 27/7.
        await host.SweepAsync();

        // The agency (Sở Xây dựng).
        var (agency, agencyErrors) = await AppPages.OpenAsync(browser);
        await AppPages.SignInAsync(agency, host.BaseUrl, "agency", "SXD");
        await agency.GetByRole(AriaRole.Heading, new() { Name = "Việc của Sở Xây dựng" }).WaitForAsync();
        var reminder = agency.Locator("ul.inbox li", new() { HasText = "Nhắc hạn" }).First;
        Assert.Contains("27/07/2023", await reminder.TextContentAsync());
        await agency.ScreenshotAsync(new() { Path = AppPages.Screenshot("agency-work"), FullPage = true });
        await reminder.GetByRole(AriaRole.Link).ClickAsync();
        await agency.GetByRole(AriaRole.Heading, new() { Name = $"Nhiệm vụ mục 6 — Thông báo {NoticeNumber}" }).WaitForAsync();

        await agency.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã nhận" }).First.ClickAsync();
        await AppPages.ExpectFlashAsync(agency, "Đã xác nhận nhận thông báo.");
        await agency.Locator("ol.history li[data-action='acknowledged']").WaitForAsync();

        await agency.GetByLabel("Nội dung báo cáo").FillAsync("Đã khảo sát hiện trạng, đang lập hồ sơ.");
        await agency.GetByLabel("Tỷ lệ hoàn thành (%)").FillAsync("40");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await AppPages.ExpectFlashAsync(agency, "Đã gửi báo cáo tiến độ.");
        Assert.Contains("40%", await agency.Locator("ol.reports li").First.TextContentAsync());

        await agency.GetByLabel("Đề nghị hạn mới").FillAsync("15/08/2023");
        await agency.GetByLabel("Lý do").FillAsync("Chờ ý kiến thẩm định của các sở.");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Gửi đề nghị gia hạn" }).ClickAsync();
        await AppPages.ExpectFlashAsync(agency, "Đã gửi đề nghị gia hạn; chờ lãnh đạo quyết định.");
        Assert.Contains("Từ 27/07/2023 đến 15/08/2023 · Chờ quyết định", await agency.Locator("ul.extensions li").First.TextContentAsync());
        await agency.ScreenshotAsync(new() { Path = AppPages.Screenshot("task-detail"), FullPage = true });
        Assert.Empty(agencyErrors);

        // A day after the due date the task is overdue: the leader sees it and decides.
        host.SetVietnamTime(2023, 7, 28);
        var (leader, leaderErrors) = await AppPages.OpenAsync(browser);
        await AppPages.SignInAsync(leader, host.BaseUrl, "leader");
        await leader.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan thực hiện nhiệm vụ" }).WaitForAsync();
        await leader.Locator("canvas#agency-chart[data-ready='true']").WaitForAsync();
        var statisticsRow = leader.Locator("table.statistics tr[data-agency='SXD']");
        Assert.Equal("1", (await statisticsRow.Locator("td").First.TextContentAsync())?.Trim());

        await leader.GetByLabel("Lọc theo cơ quan").SelectOptionAsync("SXD");
        var overdueRow = leader.Locator("section:has(#ov-overdue) table.tasks tbody tr");
        Assert.Equal(1, await overdueRow.CountAsync());
        Assert.Contains("quá 1 ngày", await overdueRow.TextContentAsync());
        var taskId = await overdueRow.GetAttributeAsync("data-task-id");
        await leader.ScreenshotAsync(new() { Path = AppPages.Screenshot("leader-overview"), FullPage = true });

        var request = leader.Locator("ul.extensions li", new() { HasText = "đề nghị 15/08/2023" });
        await request.GetByLabel("Ghi chú quyết định").FillAsync("Đồng ý.");
        await request.GetByRole(AriaRole.Button, new() { Name = "Duyệt gia hạn" }).ClickAsync();
        await AppPages.ExpectFlashAsync(leader, "Đã duyệt gia hạn đến 15/08/2023.");

        // The deadline moved in the detail view, the old date kept.
        await leader.GotoAsync($"{host.BaseUrl}/api/app/#/task/{taskId}");
        var deadline = leader.Locator("table.deadlines tbody tr").First;
        await deadline.WaitForAsync();
        Assert.Equal("15/08/2023", (await deadline.Locator("td.due").TextContentAsync())?.Trim());
        Assert.Equal("27/07/2023", (await deadline.Locator("td.previous").TextContentAsync())?.Trim());
        Assert.Equal(1, await leader.Locator("ol.history li[data-action='extension-approved']").CountAsync());
        Assert.Empty(leaderErrors);
    }

    /// <summary>The created-tasks row of a directive whose lead column is exactly the agency's name.</summary>
    private static ILocator CreatedRowLedBy(IPage page, int directive, string leadName) =>
        page.Locator($"table.created tr[data-directive='{directive}']").Filter(new()
        {
            Has = page.Locator("td:nth-child(3)", new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(leadName)}$") }),
        });

    /// <summary>The task editor of a directive whose lead agency is the code.</summary>
    private static async Task<ILocator> TaskLedByAsync(ILocator directive, string code)
    {
        var tasks = directive.Locator("fieldset.task-edit");
        var count = await tasks.CountAsync();
        for (var i = 0; i < count; i++)
        {
            if (await tasks.Nth(i).GetByLabel("Cơ quan chủ trì").InputValueAsync() == code) return tasks.Nth(i);
        }
        throw new InvalidOperationException($"No task led by {code} in the directive.");
    }

    private static async Task RemoveTasksWithoutLeadAsync(IPage page)
    {
        for (var guard = 0; guard < 100; guard++)
        {
            var tasks = page.Locator("fieldset.task-edit");
            var count = await tasks.CountAsync();
            var removed = false;
            for (var i = 0; i < count; i++)
            {
                var task = tasks.Nth(i);
                if ((await task.GetByLabel("Cơ quan chủ trì").InputValueAsync()).Length > 0) continue;
                await task.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Xóa nhiệm vụ") }).ClickAsync();
                removed = true;
                break;
            }
            if (!removed) return;
        }
        throw new InvalidOperationException("Could not remove the tasks without a lead agency.");
    }
}
