using System.Net;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class DashboardTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task The_dashboard_is_a_Vietnamese_page_that_holds_no_data_and_shows_api_text_as_text()
    {
        using var response = await fixture.Anonymous.Http.GetAsync(new Uri("/api/dashboard", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Đang thực hiện quá hạn", html, StringComparison.Ordinal);
        Assert.Contains("textContent", html, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", html, StringComparison.Ordinal);
        // The pending-extension rows show the date asked for and the reason, from the list's pendingExtension.
        Assert.Contains("Đề nghị gia hạn đến", html, StringComparison.Ordinal);
        Assert.Contains("t.pendingExtension.reason", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
