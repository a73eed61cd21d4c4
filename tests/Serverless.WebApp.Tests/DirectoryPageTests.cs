using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>
/// The office keeps the agency directory on its own page: adds an agency (a bad code refused beside its field),
/// gives it another name and takes one away, retires it, imports a list (bad rows named, nothing stored; then a good
/// list), and sees each change in the audit trail.
/// </summary>
public sealed class DirectoryPageTests : BrowserTest
{
    protected override Task<WebAppHost> StartHostAsync()
    {
        return WebAppHost.StartAsync(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(7)));
    }

    [Fact]
    public async Task The_office_adds_renames_gives_names_retires_and_imports_agencies_and_each_change_is_audited()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var code = $"BQL-{suffix}";
        var (page, errors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(page, Host.BaseUrl, "office");
        await page.GetByRole(AriaRole.Link, new() { Name = "Danh mục cơ quan" }).ClickAsync();
        var create = page.Locator("form[aria-labelledby='create-agency']");
        await create.WaitForAsync();

        // A code with a space is refused beside its field; the corrected one is added under SXD with two other names.
        await create.GetByLabel("Mã", new() { Exact = true }).FillAsync("bql sai");
        await create.GetByLabel("Tên", new() { Exact = true }).FillAsync($"Ban Quản lý dự án đầu tư xây dựng {suffix}");
        await create.GetByLabel("Cơ quan cấp trên").SelectOptionAsync("SXD");
        await create.GetByLabel("Tên gọi khác").FillAsync($"BQLDA {suffix}; Ban QLDA {suffix}");
        await create.GetByRole(AriaRole.Button, new() { Name = "Thêm cơ quan" }).ClickAsync();
        await Assertions.Expect(create.Locator("[data-field='code'] .field-error")).Not.ToBeEmptyAsync();
        await create.GetByLabel("Mã", new() { Exact = true }).FillAsync(code);
        await create.GetByRole(AriaRole.Button, new() { Name = "Thêm cơ quan" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, $"Đã thêm Ban Quản lý dự án đầu tư xây dựng {suffix} ({code}).");

        // Found by one of its names; another name added, one taken away.
        await page.GetByLabel("Tìm cơ quan").FillAsync($"bqlda {suffix.ToLowerInvariant()}");
        await Assertions.Expect(page.Locator("table.directory tbody tr:visible")).ToHaveCountAsync(1);
        var row = page.Locator($"table.directory tbody tr[data-code='{code}']");
        await row.Locator("summary", new() { HasText = "Sửa" }).ClickAsync();
        await row.GetByLabel("Thêm tên gọi").FillAsync($"BQL {suffix}");
        await row.GetByRole(AriaRole.Button, new() { Name = "Thêm tên gọi" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, $"Đã thêm tên gọi \"BQL {suffix}\" cho Ban Quản lý dự án đầu tư xây dựng {suffix}.");
        row = page.Locator($"table.directory tbody tr[data-code='{code}']");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Bỏ tên gọi Ban QLDA {suffix}" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, $"Đã bỏ tên gọi \"Ban QLDA {suffix}\" của Ban Quản lý dự án đầu tư xây dựng {suffix}.");

        // Retired with its reason: kept in the list, marked, with nothing left to edit.
        row = page.Locator($"table.directory tbody tr[data-code='{code}']");
        await row.Locator("summary", new() { HasText = "Sửa" }).ClickAsync();
        await row.GetByLabel("Lý do ngừng sử dụng").FillAsync("sáp nhập vào Sở Xây dựng");
        await row.GetByRole(AriaRole.Button, new() { Name = "Ngừng sử dụng" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, $"Đã ngừng sử dụng Ban Quản lý dự án đầu tư xây dựng {suffix} ({code}).");
        row = page.Locator($"table.directory tbody tr[data-code='{code}']");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("Ngừng sử dụng");
        await Assertions.Expect(row.Locator("details")).ToHaveCountAsync(0);

        // A list with a bad kind: its row is named and nothing is stored; then the corrected list.
        var commune = $"XA-{suffix}";
        var import = page.Locator("form[aria-labelledby='import-agencies']");
        await import.GetByLabel("Tệp danh sách").SetInputFilesAsync(Csv($"{commune},Ủy ban nhân dân xã Mới {suffix},xã,,"));
        await import.GetByRole(AriaRole.Button, new() { Name = "Nhập danh sách" }).ClickAsync();
        await Assertions.Expect(import.Locator(".form-message")).ToContainTextAsync("rows[1].kind");
        await import.GetByLabel("Tệp danh sách").SetInputFilesAsync(Csv($"{commune},Ủy ban nhân dân xã Mới {suffix},ubnd-cap-xa,,UBND xã Mới {suffix}"));
        await import.GetByRole(AriaRole.Button, new() { Name = "Nhập danh sách" }).ClickAsync();
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("Đã nhập 1 cơ quan");
        await Assertions.Expect(page.Locator($"table.directory tbody tr[data-code='{commune}']")).ToHaveCountAsync(1);

        // The audit trail, newest first: the import, the retirement, the names, the creation.
        var actions = await page.Locator("table.directory-audit tbody tr td:nth-child(3)").AllTextContentsAsync();
        Assert.Equal(["Nhập danh sách", "Ngừng sử dụng", "Bỏ tên gọi", "Thêm tên gọi", "Thêm cơ quan"], actions.Take(5));
        await page.ScreenshotAsync(new() { Path = AppPages.Screenshot("office-directory"), FullPage = false });

        var stored = (await Api.GetJsonAsync("/api/agencies", "office"))["items"]!.AsArray().Single(a => (string?)a!["code"] == code)!;
        Assert.True((bool)stored["retired"]!);
        Assert.Equal("SXD", (string?)stored["supervisor"]);
        Assert.Equal([$"BQLDA {suffix}", $"BQL {suffix}"], stored["aliases"]!.AsArray().Select(a => (string)a!));
        // The refused code and the refused list are the two failed calls the browser reports.
        Assert.All(errors, e => Assert.True(e.Contains("400", StringComparison.Ordinal) || e.Contains("422", StringComparison.Ordinal), e));
    }

    [Fact]
    public async Task The_office_adds_a_group_of_named_agencies_and_changes_its_members()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var code = $"NHOM-{suffix}";
        var (page, errors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(page, Host.BaseUrl, "office");
        await page.GetByRole(AriaRole.Link, new() { Name = "Danh mục cơ quan" }).ClickAsync();

        var add = page.Locator("form.add-group");
        await add.GetByLabel("Mã nhóm").FillAsync(code);
        await add.GetByLabel("Tên nhóm").FillAsync($"Các đơn vị thí điểm {suffix}");
        await add.GetByLabel("Và các cơ quan").SelectOptionAsync(["SYT", "SGDDT"]);
        await add.GetByLabel("Tên gọi khác của nhóm").FillAsync($"các đơn vị thí điểm {suffix}");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm nhóm" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, $"Đã lưu nhóm Các đơn vị thí điểm {suffix} ({code}): áp dụng cho 2 cơ quan.");

        // Sở Giáo dục và Đào tạo leaves the group, Sở Xây dựng joins.
        var row = page.Locator($"table.groups tbody tr[data-code='{code}']");
        await Assertions.Expect(row.Locator("td.expands")).ToHaveTextAsync("2 cơ quan");
        await row.Locator("summary", new() { HasText = "Sửa" }).ClickAsync();
        await row.GetByLabel("Và các cơ quan").SelectOptionAsync(["SYT", "SXD"]);
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu nhóm" }).ClickAsync();
        await AppPages.ExpectFlashAsync(page, $"Đã lưu nhóm Các đơn vị thí điểm {suffix} ({code}): áp dụng cho 2 cơ quan.");

        var stored = (await Api.GetJsonAsync("/api/agency-groups", "office"))["items"]!.AsArray().Single(g => (string?)g!["code"] == code)!;
        Assert.Equal(["SXD", "SYT"], stored["expandsTo"]!.AsArray().Select(m => (string)m!).Order(StringComparer.Ordinal));
        Assert.Equal([$"các đơn vị thí điểm {suffix}"], stored["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Empty(errors);
    }

    private static FilePayload Csv(string row) => new()
    {
        Name = "co-quan.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes("code,name,kind,supervisor,aliases\n" + row + "\n"),
    };
}
