using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class DirectoryApiTests(LocalHostFixture fixture)
{
    private static string NewCode() => "T-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private Task<ApiResponse> PatchAsync(string path, object body) =>
        fixture.Office.SendAsync(new HttpRequestMessage(HttpMethod.Patch, path)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        });

    private async Task<JsonNode?> AgencyAsync(string code) =>
        (await fixture.Leader.GetAsync("/api/agencies")).Body!["items"]!.AsArray().FirstOrDefault(a => (string?)a!["code"] == code);

    private async Task<List<JsonNode>> AuditAsync(string code) =>
        [.. (await fixture.Office.GetAsync("/api/agencies/audit?pageSize=200")).Body!["items"]!.AsArray().Where(a => (string?)a!["target"] == code).Select(a => a!)];

    private static Task<ApiResponse> ParseAsync(ApiClient client, string text) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/notices/parse") { Content = new StringContent(text, Encoding.UTF8, "text/plain") });

    [Fact]
    public async Task The_office_creates_renames_and_retires_an_agency_and_each_change_is_audited()
    {
        var code = NewCode();

        var created = await fixture.Office.PostJsonAsync("/api/agencies", new { code, name = $"Ban Quản lý dự án {code}", kind = "so-ban-nganh", supervisor = "SXD", aliases = new[] { $"BQLDA {code}" } });
        var renamed = await PatchAsync($"/api/agencies/{code}", new { name = $"Ban Quản lý dự án đầu tư {code}" });
        var retired = await fixture.Office.PostJsonAsync($"/api/agencies/{code}/retire", new { reason = "sáp nhập" });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.OK, renamed.Status);
        Assert.Equal(HttpStatusCode.OK, retired.Status);
        var agency = await AgencyAsync(code);
        Assert.Equal($"Ban Quản lý dự án đầu tư {code}", (string?)agency!["name"]);
        Assert.Equal("SXD", (string?)agency["supervisor"]);
        Assert.True((bool)agency["retired"]!);
        var audit = await AuditAsync(code);
        Assert.Equal(["retire", "update", "create"], audit.Select(a => (string)a["action"]!));
        Assert.All(audit, a => Assert.Equal("office", (string?)a["role"]));
        Assert.Contains("sáp nhập", (string)audit[0]["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_change_names_the_field_and_changes_nothing()
    {
        var code = NewCode();
        var before = (await fixture.Office.GetAsync("/api/agencies/audit?pageSize=1")).Body!["items"]![0]!.ToJsonString();

        var noName = await fixture.Office.PostJsonAsync("/api/agencies", new { code, kind = "so-ban-nganh" });
        var badKind = await fixture.Office.PostJsonAsync("/api/agencies", new { code, name = "Sở thử", kind = "sở" });
        var takenName = await fixture.Office.PostJsonAsync("/api/agencies", new { code, name = "Sở Xây dựng" });
        var duplicate = await fixture.Office.PostJsonAsync("/api/agencies", new { code = "SXD", name = "Sở khác" });
        var unknown = await PatchAsync("/api/agencies/KHONG-CO", new { name = "Không có" });
        var leadership = await fixture.Office.PostJsonAsync("/api/agencies/LANHDAO/retire", new { });

        Assert.Equal((HttpStatusCode)422, noName.Status);
        Assert.Contains("name", noName.ProblemFields);
        Assert.Contains("kind", badKind.ProblemFields);
        Assert.Equal(HttpStatusCode.Conflict, takenName.Status);
        Assert.Contains("aliases", takenName.ProblemFields);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.Conflict, leadership.Status);
        Assert.Null(await AgencyAsync(code));
        Assert.Equal(before, (await fixture.Office.GetAsync("/api/agencies/audit?pageSize=1")).Body!["items"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task A_retired_agency_keeps_its_tasks_but_gets_no_new_one()
    {
        var code = NewCode();
        await fixture.Office.PostJsonAsync("/api/agencies", new { code, name = $"Trung tâm thử {code}" });
        var id = SampleNotices.NewId();
        var notice = SampleNotices.Valid(id);
        notice["directives"] = new object[]
        {
            new { number = 1, text = $"Trung tâm thử {code} rà soát hồ sơ.", tasks = new object[] { new { content = "Rà soát hồ sơ.", leadAgency = code, deadlines = new[] { "2023-09-30" } } } },
        };
        Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/notices", notice)).Status);

        await fixture.Office.PostJsonAsync($"/api/agencies/{code}/retire", new { });
        var again = SampleNotices.Valid(SampleNotices.NewId());
        again["directives"] = new object[]
        {
            new { number = 1, text = $"Trung tâm thử {code} lập kế hoạch {Guid.NewGuid():N}.", tasks = new object[] { new { content = "Lập kế hoạch.", leadAgency = code, deadlines = new[] { "2023-09-30" } } } },
        };
        var refused = await fixture.Office.PostJsonAsync("/api/notices", again);

        Assert.Equal(HttpStatusCode.OK, (await fixture.Leader.GetAsync($"/api/tasks/{id}.1.1")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("directives[0].tasks[0].leadAgency", refused.ProblemFields);
    }

    [Fact]
    public async Task A_name_the_clerk_maps_in_a_draft_and_saves_as_an_alias_matches_in_the_next_draft()
    {
        var code = NewCode();
        var name = $"Trung tâm Điều hành đô thị thông minh {code[2..]}";
        await fixture.Office.PostJsonAsync("/api/agencies", new { code, name = $"Trung tâm Giám sát {code}" });
        var text = $"THÔNG BÁO\nKết luận về chuyển đổi số\n\nChủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n1. Giao {name} chủ trì xây dựng kho dữ liệu dùng chung.\n2. Sở Tài chính bố trí kinh phí.";

        var first = await ParseAsync(fixture.Office, text);
        var saved = await fixture.Office.PostJsonAsync($"/api/agencies/{code}/aliases", new { alias = name.Normalize(NormalizationForm.FormD) });
        var second = await ParseAsync(fixture.Office, text);

        Assert.Contains(first.Body!["unmatchedAgencies"]!["1"]!.AsArray(), n => ((string)n!).Contains("đô thị thông minh", StringComparison.Ordinal));
        Assert.Empty(first.Body["draft"]!["directives"]![0]!["tasks"]!.AsArray());
        Assert.Contains("directives[0].tasks", first.Body["missing"]!.AsArray().Select(m => (string)m!));
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal(code, (string?)second.Body!["draft"]!["directives"]![0]!["tasks"]![0]!["leadAgency"]);
        Assert.Null(second.Body["unmatchedAgencies"]!["1"]);
        Assert.Equal("alias-add", (string?)(await AuditAsync(code))[0]["action"]);
    }

    [Fact]
    public async Task A_group_draft_shows_its_expansion_and_the_clerk_may_narrow_it()
    {
        var response = await ParseAsync(fixture.Office,
            "THÔNG BÁO\nKết luận về an ninh trật tự\n\nChủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n1. Lực lượng vũ trang tỉnh sẵn sàng ứng phó với mọi tình huống.\n2. Sở Y tế bảo đảm thuốc men.");

        var directive = response.Body!["directives"]![0]!;
        var group = directive["groups"]![0]!;
        var tasks = response.Body["draft"]!["directives"]![0]!["tasks"]!.AsArray();
        Assert.Equal("G-LLVT", (string?)group["code"]);
        Assert.Equal(3, (int)group["tasks"]!);
        Assert.Equal(["BCHQS", "BDBP", "CAT"], tasks.Select(t => (string)t!["leadAgency"]!).Order());
        Assert.Equal("Lực lượng vũ trang tỉnh sẵn sàng ứng phó với mọi tình huống", (string?)tasks[0]!["title"]);

        var draft = response.Body["draft"]!.AsObject();
        draft["id"] = SampleNotices.NewId();
        draft["number"] = $"{Guid.NewGuid():N}"[..8] + "/TB-UBND";
        draft["issuer"] = "Ủy ban nhân dân tỉnh";
        draft["issuedOn"] = "2023-07-18";
        draft["directives"]![0]!["tasks"]!.AsArray().RemoveAt(2);
        var imported = await fixture.Office.PostRawAsync("/api/notices", draft.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, imported.Status);
        Assert.Equal(3, imported.Body!["taskIds"]!.AsArray().Count);

        // The short title travels to the lists and the task, where reminders and pages show it.
        var taskId = (string)imported.Body["taskIds"]![0]!;
        var lead = (string)(await fixture.Office.GetAsync($"/api/tasks/{taskId}")).Body!["leadAgency"]!;
        var listed = (await AllTasksAsync($"agency={lead}")).Single(t => (string?)t["id"] == taskId);
        Assert.Equal("Lực lượng vũ trang tỉnh sẵn sàng ứng phó với mọi tình huống", (string?)listed["title"]);
        Assert.Equal("Lực lượng vũ trang tỉnh sẵn sàng ứng phó với mọi tình huống", (string?)(await fixture.Office.GetAsync($"/api/tasks/{taskId}")).Body!["title"]);
    }

    [Fact]
    public async Task A_new_group_expands_to_its_members_and_its_alias_matches()
    {
        var code = "G-" + NewCode();
        var alias = $"các đơn vị thí điểm {code[4..]}";

        var created = await fixture.Office.PostJsonAsync("/api/agency-groups", new { code, name = $"Nhóm thí điểm {code}", members = new[] { "SYT", "SGDDT" }, aliases = new[] { alias } });
        var groups = await fixture.As("agency", "SYT").GetAsync("/api/agency-groups");
        var draft = await ParseAsync(fixture.Office, $"THÔNG BÁO\nKết luận\n\nChủ tịch kết luận như sau:\n1. Giao {alias} chủ trì triển khai hồ sơ sức khỏe điện tử.\n2. Sở Tài chính bố trí kinh phí.");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var listed = groups.Body!["items"]!.AsArray().Single(g => (string?)g!["code"] == code)!;
        Assert.Equal(["SGDDT", "SYT"], listed["expandsTo"]!.AsArray().Select(m => (string)m!));
        Assert.Equal(["SGDDT", "SYT"], draft.Body!["draft"]!["directives"]![0]!["tasks"]!.AsArray().Select(t => (string)t!["leadAgency"]!).Order());
    }

    [Fact]
    public async Task A_bulk_list_with_bad_rows_names_each_row_and_stores_nothing()
    {
        var good = NewCode();
        var csv = $"code,name,kind,supervisor,aliases\n{good},Ủy ban nhân dân xã Thử Một,ubnd-cap-xa,UBND-H-CAIBE,UBND xã Thử Một\n" +
            "bad code,Xã Hai,ubnd-cap-xa,,\n" +
            $"{NewCode()},,ubnd-cap-xa,,\n" +
            $"{NewCode()},Xã Bốn,xã,,\n" +
            $"{NewCode()},Xã Năm,ubnd-cap-xa,KHONG-CO,\n" +
            $"{good},Xã lặp lại,ubnd-cap-xa,,\n";

        var refused = await PostCsvAsync(csv);

        Assert.Equal((HttpStatusCode)422, refused.Status);
        Assert.Equal(["rows[2].code", "rows[3].name", "rows[4].kind", "rows[5].supervisor", "rows[6].code"], refused.ProblemFields.Order(StringComparer.Ordinal));
        Assert.Null(await AgencyAsync(good));
    }

    [Fact]
    public async Task A_bulk_list_creates_new_agencies_and_updates_known_ones()
    {
        var first = NewCode();
        var second = NewCode();
        await fixture.Office.PostJsonAsync("/api/agencies", new { code = second, name = $"Phường cũ {second}", kind = "ubnd-cap-xa" });
        var csv = $"code,name,kind,supervisor,aliases\n{first},Ủy ban nhân dân phường Mới {first},ubnd-cap-xa,{second},\"UBND phường Mới {first}; Phường Mới {first}\"\n{second},Ủy ban nhân dân phường Đổi Tên {second},ubnd-cap-xa,,\n";

        var imported = await PostCsvAsync(csv);

        Assert.Equal(HttpStatusCode.OK, imported.Status);
        Assert.Equal(2, (int)imported.Body!["imported"]!);
        Assert.Equal(second, (string?)(await AgencyAsync(first))!["supervisor"]);
        Assert.Equal($"Ủy ban nhân dân phường Đổi Tên {second}", (string?)(await AgencyAsync(second))!["name"]);
        Assert.Equal("import", (string?)(await AuditAsync("*"))[0]["action"]);
    }

    private Task<ApiResponse> PostCsvAsync(string csv)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return fixture.Office.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/agencies/import") { Content = content });
    }

    // Other tests in the shared fixture give the same agencies tasks: read every page.
    private async Task<List<System.Text.Json.Nodes.JsonNode>> AllTasksAsync(string query)
    {
        var items = new List<System.Text.Json.Nodes.JsonNode>();
        string? token = null;
        do
        {
            var page = await fixture.Office.GetAsync($"/api/tasks?{query}&pageSize=200{(token is null ? "" : $"&continuationToken={token}")}");
            items.AddRange(page.Body!["items"]!.AsArray().Select(x => x!));
            token = (string?)page.Body["continuationToken"];
        }
        while (token is not null);
        return items;
    }
}
