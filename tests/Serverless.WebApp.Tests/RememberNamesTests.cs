using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>
/// A lead written in a notice under a name the directory does not know: the clerk picks the agency, imports, and
/// saves the name; the next reading of the same wording matches it by itself.
/// </summary>
public sealed class RememberNamesTests : BrowserTest
{
    protected override Task<WebAppHost> StartHostAsync()
    {
        return WebAppHost.StartAsync(new DateTimeOffset(2023, 9, 4, 9, 0, 0, TimeSpan.FromHours(7)));
    }

    [Fact]
    public async Task The_clerk_saves_a_name_mapped_by_hand_and_the_next_reading_matches_it()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var code = $"TTDH-{suffix}";
        using (var created = await Api.SendAsync(HttpMethod.Post, "/api/agencies", JsonContent.Create(new { code, name = $"Trung tâm Giám sát {suffix}" }), "office"))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var writtenName = $"Trung tâm Điều hành đô thị thông minh {suffix}";
        var text = $"THÔNG BÁO\nKết luận về chuyển đổi số\n\nChủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n1. Giao {writtenName} chủ trì xây dựng kho dữ liệu dùng chung.\n2. Sở Tài chính bố trí kinh phí.";

        var (clerk, errors) = await AppPages.OpenAsync(Chromium);
        await AppPages.SignInAsync(clerk, Host.BaseUrl, "office");
        await clerk.GetByLabel("Nội dung thông báo").FillAsync(text);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Đọc thông báo" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Heading, new() { Name = "Kết quả đọc — kiểm tra và sửa" }).WaitForAsync();
        var first = clerk.Locator("fieldset.directive[data-number='1'] fieldset.task-edit").First;
        await Assertions.Expect(first.Locator(".unmatched-note")).ToContainTextAsync("đô thị thông minh");
        await first.GetByLabel("Cơ quan chủ trì").FillAsync(code);
        await clerk.GetByLabel("Số thông báo").FillAsync($"9-{suffix}/TB-UBND");
        await clerk.GetByLabel("Mã thông báo trong hệ thống").FillAsync($"tb-9-{suffix.ToLowerInvariant()}");
        await clerk.GetByLabel("Ngày ban hành").FillAsync("01/09/2023");
        await clerk.GetByLabel("Cơ quan ban hành").FillAsync("Ủy ban nhân dân tỉnh");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và tạo nhiệm vụ" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Heading, new() { Name = "Ghi nhớ tên gọi cho lần nhập sau" }).WaitForAsync();

        var remember = clerk.Locator("section.remember-names form").First;
        Assert.Contains("đô thị thông minh", await remember.GetAttributeAsync("data-alias"), StringComparison.Ordinal);
        await remember.GetByRole(AriaRole.Button, new() { Name = "Ghi nhớ" }).ClickAsync();
        await Assertions.Expect(remember.Locator(".form-message.ok")).ToHaveTextAsync("Đã ghi nhớ.");

        using var reread = await Api.SendAsync(HttpMethod.Post, "/api/notices/parse", new StringContent(text, System.Text.Encoding.UTF8, "text/plain"), "office");
        var draft = JsonNode.Parse(await reread.Content.ReadAsStringAsync())!;
        Assert.Null(draft["unmatchedAgencies"]!["1"]);
        Assert.Equal(code, (string?)draft["draft"]!["directives"]![0]!["tasks"]![0]!["leadAgency"]);
        Assert.Empty(errors);
    }
}
