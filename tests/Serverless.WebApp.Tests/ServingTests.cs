using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Serverless.WebApp.Tests;

/// <summary>How the Function App serves the web app and the endpoints only the web app needs, over real HTTP.</summary>
public sealed partial class ServingTests : IAsyncLifetime, IDisposable
{
    private WebAppHost host = null!;
    private ApiCalls api = null!;

    public async Task InitializeAsync()
    {
        // Thursday 20/7/2023, 09:00 in Vietnam.
        host = await WebAppHost.StartAsync(new DateTimeOffset(2023, 7, 20, 9, 0, 0, TimeSpan.FromHours(7)));
        api = new ApiCalls(host);
    }

    public void Dispose() => api.Dispose();

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
    }

    [Fact]
    public async Task The_site_root_redirects_to_the_app_page()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/api/app/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_page_allows_only_its_own_scripts_and_its_versioned_assets_are_cached_for_a_year()
    {
        using var page = await api.Http.GetAsync(new Uri("/api/app/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);

        var script = AssetUrl().Match(html);
        Assert.True(script.Success, "The page must load its module from a versioned URL.");
        using var asset = await api.Http.GetAsync(new Uri(script.Value, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);

        using var chart = await api.Http.GetAsync(new Uri(script.Value.Replace("js/main.js", "vendor/chart.js", StringComparison.Ordinal), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Contains("chart.js", await chart.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var stale = await api.Http.GetAsync(new Uri("/api/app/v/000000000000/js/main.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
    }

    [Fact]
    public async Task Development_sign_in_names_the_field_at_fault_and_its_token_is_accepted_by_the_api()
    {
        using var badRole = await api.Http.PostAsJsonAsync("/api/dev/token", new { role = "admin" });
        using var badAgency = await api.Http.PostAsJsonAsync("/api/dev/token", new { role = "agency", agency = "KHONG-CO" });
        using var good = await api.Http.PostAsJsonAsync("/api/dev/token", new { role = "agency", agency = "SXD" });

        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.NotNull(JsonNode.Parse(await badRole.Content.ReadAsStringAsync())!["errors"]!["role"]);
        Assert.Equal(HttpStatusCode.BadRequest, badAgency.StatusCode);
        Assert.NotNull(JsonNode.Parse(await badAgency.Content.ReadAsStringAsync())!["errors"]!["agency"]);
        var body = JsonNode.Parse(await good.Content.ReadAsStringAsync())!;
        Assert.Equal("SXD", (string?)body["agency"]);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks");
        request.Headers.Authorization = new("Bearer", (string)body["accessToken"]!);
        using var tasks = await api.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
    }

    [Fact]
    public async Task A_word_document_becomes_its_text_in_Vietnamese_for_the_office_only()
    {
        var docx = WordDocument("THÔNG BÁO", "1. Giao Sở Xây dựng chủ trì, hoàn thành trước ngày 30/9/2023.");
        using var office = await api.SendAsync(HttpMethod.Post, "/api/notices/text", Content(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "office");
        using var leader = await api.SendAsync(HttpMethod.Post, "/api/notices/text", Content(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "leader");
        using var image = await api.SendAsync(HttpMethod.Post, "/api/notices/text", Content([1, 2, 3], "image/png"), "office");
        using var broken = await api.SendAsync(HttpMethod.Post, "/api/notices/text", Content([1, 2, 3], "application/pdf"), "office");

        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        Assert.Equal("THÔNG BÁO\n1. Giao Sở Xây dựng chủ trì, hoàn thành trước ngày 30/9/2023.\n",
            (string?)JsonNode.Parse(await office.Content.ReadAsStringAsync())!["text"]);
        Assert.Equal(HttpStatusCode.Forbidden, leader.StatusCode);
        Assert.Equal((HttpStatusCode)415, image.StatusCode);
        Assert.NotNull(JsonNode.Parse(await image.Content.ReadAsStringAsync())!["errors"]!["file"]);
        Assert.Equal((HttpStatusCode)422, broken.StatusCode);
        Assert.NotNull(JsonNode.Parse(await broken.Content.ReadAsStringAsync())!["errors"]!["file"]);
    }

    [Fact]
    public async Task A_pdf_with_a_text_layer_becomes_its_text()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("THONG BAO so 12/TB-UBND", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 750), font);
        page.AddText("1. Giao So Xay dung chu tri.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 730), font);

        using var response = await api.SendAsync(HttpMethod.Post, "/api/notices/text", Content(builder.Build(), "application/pdf"), "office");
        var text = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("THONG BAO so 12/TB-UBND", text, StringComparison.Ordinal);
        Assert.Contains("1. Giao So Xay dung chu tri.", text, StringComparison.Ordinal);
        Assert.True(text!.IndexOf("THONG", StringComparison.Ordinal) < text.IndexOf("Giao", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Due_soon_covers_three_working_days_skipping_the_weekend()
    {
        var calendar = await api.GetJsonAsync("/api/calendar", "agency", "SXD");

        Assert.Equal("2023-07-20", (string?)calendar["today"]);
        // Friday 21, Monday 24, Tuesday 25.
        Assert.Equal("2023-07-25", (string?)calendar["dueSoonUntil"]);
    }

    private static ByteArrayContent Content(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(type);
        return content;
    }

    private static byte[] WordDocument(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            // NFD on purpose: Word files carry decomposed marks too; the text must come out NFC.
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p.Normalize(NormalizationForm.FormD)) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return stream.ToArray();
    }

    [GeneratedRegex(@"/api/app/v/[0-9a-f]{12}/js/main\.js")]
    private static partial Regex AssetUrl();
}
