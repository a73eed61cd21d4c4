using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class ParseApiTests(LocalHostFixture fixture)
{
    // Written for this test in the style of a provincial notice; the province and facts are invented.
    private const string NoticeText = """
        ỦY BAN NHÂN DÂN TỈNH SÔNG LAM
        Số: 212/TB-UBND
        Sông Lam, ngày 05 tháng 9 năm 2023

        THÔNG BÁO
        Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 01/9/2023 về công tác chuẩn bị mùa mưa bão

        1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát các công trình xuống cấp, báo cáo UBND tỉnh trước ngày 30/9/2023.
        2. Sở Nông nghiệp và Môi trường kiểm tra an toàn hồ đập, hoàn thành trong tháng 10/2023.
        3. Công an tỉnh xây dựng phương án sơ tán dân khi có hướng dẫn của Bộ Công an.
        """;

    private static Task<ApiResponse> ParseAsync(ApiClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/notices/parse") { Content = content });
    }

    [Fact]
    public async Task A_notice_text_becomes_a_draft_with_directives_agencies_deadlines_and_import_body()
    {
        var response = await ParseAsync(fixture.Office, Encoding.UTF8.GetBytes(NoticeText.Normalize(NormalizationForm.FormD)));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var directives = response.Body!["parsed"]!["directives"]!.AsArray();
        Assert.Equal([1, 2, 3], directives.Select(d => (int)d!["number"]!));
        Assert.Equal("2023-09-30", (string?)directives[0]!["deadlines"]![0]!["date"]);
        Assert.Contains(directives[0]!["agencies"]!.AsArray(), a => (string?)a!["role"] == "lead" && ((string)a["name"]!).Contains("Xây dựng", StringComparison.Ordinal));
        var drafted = response.Body["draft"]!["directives"]!.AsArray();
        Assert.Equal("SXD", (string?)drafted[0]!["tasks"]![0]!["leadAgency"]);
        Assert.Equal(["STC"], drafted[0]!["tasks"]![0]!["coordinatingAgencies"]!.AsArray().Select(x => (string)x!));
        Assert.Equal("2023-10-31", (string?)drafted[1]!["tasks"]![0]!["deadlines"]![0]);
        Assert.Equal("conditional", (string?)drafted[2]!["tasks"]![0]!["timing"]);
    }

    [Fact]
    public async Task An_impossible_date_is_flagged_in_the_draft_instead_of_making_the_task_regular()
    {
        var text = NoticeText.Replace("trước ngày 30/9/2023", "trước ngày 31/02/2024", StringComparison.Ordinal);

        var response = await ParseAsync(fixture.Office, Encoding.UTF8.GetBytes(text));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var task = response.Body!["draft"]!["directives"]![0]!["tasks"]![0]!;
        Assert.Equal("dated", (string?)task["timing"]);
        Assert.Empty(task["deadlines"]!.AsArray());
        var flagged = response.Body["impossibleDates"]!["1"]!.AsArray().Select(x => (string)x!).ToList();
        Assert.Contains(flagged, phrase => phrase.Contains("31/02/2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_parse_command_prints_the_same_draft_and_unmatched_names_as_the_endpoint()
    {
        var file = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, NoticeText.Replace("Sở Tài chính", "Ban Quản lý dự án Sông Lam", StringComparison.Ordinal));
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Serverless.LocalHost.dll"), "parse", file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.Equal(0, process.ExitCode);
            var printed = System.Text.Json.Nodes.JsonNode.Parse(output)!;
            Assert.Equal("SXD", (string?)printed["draft"]!["directives"]![0]!["tasks"]![0]!["leadAgency"]);
            Assert.Contains(printed["unmatchedAgencies"]!["1"]!.AsArray(), n => ((string)n!).Contains("Ban Quản lý", StringComparison.Ordinal));
            Assert.Equal(3, printed["parsed"]!["directives"]!.AsArray().Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Parsing_stores_nothing()
    {
        var before = await fixture.Leader.GetAsync("/api/tasks?pageSize=200");

        await ParseAsync(fixture.Office, Encoding.UTF8.GetBytes(NoticeText));

        var after = await fixture.Leader.GetAsync("/api/tasks?pageSize=200");
        Assert.Equal(before.Body!["items"]!.AsArray().Count, after.Body!["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Văn bản này không có mục nào được đánh số cả, chỉ là một đoạn văn.")]
    public async Task Text_that_is_not_a_notice_is_refused_naming_the_text(string text)
    {
        var response = await ParseAsync(fixture.Office, Encoding.UTF8.GetBytes(text));

        Assert.True(response.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"answered {response.Status}");
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.NotEmpty(response.ProblemFields);
    }

    [Fact]
    public async Task Binary_content_is_refused()
    {
        var response = await ParseAsync(fixture.Office, [0x00, 0x01, 0xFF, 0xFE, 0x00, 0x10, 0x80]);

        Assert.True(response.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"answered {response.Status}");
        Assert.Equal("application/problem+json", response.MediaType);
    }

    [Fact]
    public async Task A_text_over_five_megabytes_is_refused_with_413()
    {
        var response = await ParseAsync(fixture.Office, Encoding.UTF8.GetBytes(new string('a', 5 * 1024 * 1024 + 10)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
    }
}
