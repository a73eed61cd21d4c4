using System.Net;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>GET/PUT /api/agencies/{code}/contacts in Development: storage, audit, validation, limits.</summary>
[Collection(LocalHostGroup.Name)]
public sealed class ContactsApiTests(LocalHostFixture fixture)
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    [Fact]
    public async Task The_office_stores_contacts_that_read_back_NFC_without_the_secret_and_with_an_audit_record_of_who_and_when()
    {
        var put = await fixture.Office.PutJsonAsync("/api/agencies/SNNMT/contacts", new
        {
            contacts = new object[]
            {
                new { name = "Tra\u0302\u0300n Thi\u0323 Đầu Mối", role = "focalPoint", email = "dau.moi@SNNMT.Gov.Vn" },
                new { name = "Nguyễn Văn Giám Đốc", role = "head", email = "giam.doc@snnmt.gov.vn", levels = new[] { 3, 1 } },
            },
            webhook = new { url = "http://127.0.0.1:9/hook", secret = Secret },
        });
        var get = await fixture.Leader.GetAsync("/api/agencies/SNNMT/contacts");

        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(HttpStatusCode.OK, get.Status);
        var contacts = get.Body!["contacts"]!.AsArray();
        Assert.Equal("Trần Thị Đầu Mối", (string?)contacts[0]!["name"]);
        Assert.True(((string?)contacts[0]!["name"])!.IsNormalized());
        Assert.Equal("dau.moi@snnmt.gov.vn", (string?)contacts[0]!["email"]);
        Assert.Equal([0, 1, 2, 3], contacts[0]!["levels"]!.AsArray().Select(l => (int)l!));
        Assert.Equal([1, 3], contacts[1]!["levels"]!.AsArray().Select(l => (int)l!));
        Assert.Equal("http://127.0.0.1:9/hook", (string?)get.Body["webhook"]!["url"]);
        Assert.True((bool)get.Body["webhook"]!["secretSet"]!);
        Assert.DoesNotContain(Secret, get.Body.ToJsonString(), StringComparison.Ordinal);
        var change = get.Body["changes"]!.AsArray()[0]!;
        Assert.Equal("test-office-", (string?)change["subject"]);
        Assert.Equal("office", (string?)change["role"]);
        Assert.Equal(2, (int)change["contacts"]!);
        Assert.True((bool)change["secretChanged"]!);
    }

    [Fact]
    public async Task A_second_put_without_a_secret_keeps_the_stored_one_and_adds_a_second_audit_record()
    {
        await fixture.Office.PutJsonAsync("/api/agencies/SCT/contacts", new { contacts = Array.Empty<object>(), webhook = new { url = "http://127.0.0.1:9/a", secret = Secret } });

        var again = await fixture.Office.PutJsonAsync("/api/agencies/SCT/contacts", new { contacts = Array.Empty<object>(), webhook = new { url = "http://127.0.0.1:9/a" } });
        var otherUrl = await fixture.Office.PutJsonAsync("/api/agencies/SCT/contacts", new { contacts = Array.Empty<object>(), webhook = new { url = "http://127.0.0.1:9/b" } });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.True((bool)again.Body!["webhook"]!["secretSet"]!);
        // Both changes carry the same (fake) time: one set the secret, the other kept it.
        Assert.Equal([false, true], again.Body["changes"]!.AsArray().Select(c => (bool)c!["secretChanged"]!).Order());
        Assert.Equal(HttpStatusCode.BadRequest, otherUrl.Status);
        Assert.Contains("webhook.secret", otherUrl.ProblemFields);
    }

    public static TheoryData<string, object> BadBodies() => new()
    {
        { "contacts[0].email", new { contacts = new[] { new { name = "A", role = "head", email = "khong-phai-dia-chi" } } } },
        { "contacts[0].email", new { contacts = new[] { new { name = "A", role = "head", email = "Tên <a@b.vn>" } } } },
        { "contacts[1].email", new { contacts = new[] { new { name = "A", role = "head", email = "a@b.vn" }, new { name = "B", role = "deputy", email = "A@B.VN" } } } },
        { "contacts[0].levels", new { contacts = new[] { new { name = "A", role = "head", email = "a@b.vn", levels = new[] { 4 } } } } },
        { "contacts[0].name", new { contacts = new[] { new { name = " ", role = "head", email = "a@b.vn" } } } },
        { "contacts[0].role", new { contacts = new[] { new { name = "A", email = "a@b.vn" } } } },
        { "contacts", new { contacts = Enumerable.Range(0, 10_000).Select(i => new { name = $"Cán bộ {i}", role = "deputy", email = $"cb{i}@sxd.gov.vn" }).ToArray() } },
        { "webhook.url", new { contacts = Array.Empty<object>(), webhook = new { url = "ftp://sxd.gov.vn/hook", secret = Secret } } },
        { "webhook.secret", new { contacts = Array.Empty<object>(), webhook = new { url = "http://127.0.0.1:9/x", secret = "mat-khau" } } },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_answers_problem_details_naming_the_field_and_stores_nothing(string field, object body)
    {
        var response = await fixture.Office.PutJsonAsync("/api/agencies/SYT/contacts", body);
        var after = await fixture.Office.GetAsync("/api/agencies/SYT/contacts");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Contains(field, response.ProblemFields);
        Assert.Empty(after.Body!["contacts"]!.AsArray());
        Assert.Empty(after.Body["changes"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_agency_answers_404_for_reading_and_writing()
    {
        var put = await fixture.Office.PutJsonAsync("/api/agencies/KHONGCO/contacts", new { contacts = Array.Empty<object>() });
        var get = await fixture.Office.GetAsync("/api/agencies/KHONGCO/contacts");

        Assert.Equal(HttpStatusCode.NotFound, put.Status);
        Assert.Equal(HttpStatusCode.NotFound, get.Status);
    }
}
