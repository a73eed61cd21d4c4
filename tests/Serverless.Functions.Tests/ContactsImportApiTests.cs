using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>POST /api/contacts/import: the people of many agencies from one CSV list; every bad row named, nothing stored.</summary>
[Collection(LocalHostGroup.Name)]
public sealed class ContactsImportApiTests(LocalHostFixture fixture)
{
    private const string Header = "agency,name,role,email,levels\n";

    private async Task<string> NewAgencyAsync()
    {
        var code = "NN-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/agencies", new { code, name = $"Cơ quan thử {code}" })).Status);
        return code;
    }

    private Task<ApiResponse> ImportAsync(string csv, ApiClient? client = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return (client ?? fixture.Office).SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/contacts/import") { Content = content });
    }

    [Fact]
    public async Task Each_bad_row_is_named_and_nothing_is_stored()
    {
        var code = await NewAgencyAsync();
        var csv = Header +
            $"{code},Nguyễn Văn An,focalPoint,an@co-quan.gov.vn,\n" +
            "KHONG-CO-AI,Trần Bình,head,binh@co-quan.gov.vn,\n" +
            $"{code},Lê Cúc,deputy,khong-phai-thu,\n" +
            $"{code},Phạm Dũng,giám đốc,dung@co-quan.gov.vn,\n" +
            $"{code},Hoàng Em,head,em@co-quan.gov.vn,1;x\n";

        var refused = await ImportAsync(csv);
        var stored = await fixture.Office.GetAsync($"/api/agencies/{code}/contacts");

        Assert.Equal((HttpStatusCode)422, refused.Status);
        Assert.Equal(["rows[2].agency", "rows[3].email", "rows[4].role", "rows[5].levels"], refused.ProblemFields.Order(StringComparer.Ordinal));
        Assert.Empty(stored.Body!["contacts"]!.AsArray());
    }

    [Fact]
    public async Task Each_agency_named_gets_exactly_its_rows_keeps_its_webhook_and_the_change_is_audited()
    {
        var first = await NewAgencyAsync();
        var second = await NewAgencyAsync();
        var hook = await fixture.Office.PutJsonAsync($"/api/agencies/{first}/contacts", new
        {
            contacts = new[] { new { name = "Người cũ", role = "focalPoint", email = "cu@co-quan.gov.vn" } },
            webhook = new { url = "http://127.0.0.1:9/hook", secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
        });
        Assert.Equal(HttpStatusCode.OK, hook.Status);
        var csv = Header +
            $"{first},Trần Thị Mai,Đầu mối,mai@co-quan.gov.vn,\n" +
            $"{first},Nguyễn Văn Giám Đốc,Thủ trưởng,giamdoc@co-quan.gov.vn,3;1\n" +
            $"{second},Lê Văn Nam,focalPoint,nam@khac.gov.vn,0;1\n";

        var refusedForAgency = await ImportAsync(csv, fixture.Sxd);
        var imported = await ImportAsync(csv);
        var one = await fixture.Office.GetAsync($"/api/agencies/{first}/contacts");
        var two = await fixture.Office.GetAsync($"/api/agencies/{second}/contacts");

        Assert.Equal(HttpStatusCode.Forbidden, refusedForAgency.Status);
        Assert.Equal(HttpStatusCode.OK, imported.Status);
        Assert.Equal((2, 3), ((int)imported.Body!["agencies"]!, (int)imported.Body["contacts"]!));
        var people = one.Body!["contacts"]!.AsArray();
        Assert.Equal(["mai@co-quan.gov.vn", "giamdoc@co-quan.gov.vn"], people.Select(p => (string)p!["email"]!));
        Assert.Equal(("focalPoint", "head"), ((string?)people[0]!["role"], (string?)people[1]!["role"]));
        Assert.Equal([0, 1, 2, 3], people[0]!["levels"]!.AsArray().Select(l => (int)l!));
        Assert.Equal([1, 3], people[1]!["levels"]!.AsArray().Select(l => (int)l!));
        Assert.Equal("http://127.0.0.1:9/hook", (string?)one.Body["webhook"]!["url"]);
        Assert.True((bool)one.Body["webhook"]!["secretSet"]!);
        Assert.Contains(one.Body["changes"]!.AsArray(), c => (int)c!["contacts"]! == 2 && (string?)c["role"] == "office");
        Assert.Equal([0, 1], Assert.Single(two.Body!["contacts"]!.AsArray())!["levels"]!.AsArray().Select(l => (int)l!));
    }
}
