using System.Net;
using System.Text;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Dates, roles and requests that cannot be right are refused with a problem naming the field, and change nothing.</summary>
[Collection(LocalHostGroup.Name)]
public sealed class RefusedInputApiTests(LocalHostFixture fixture)
{
    private const string FirstTaskDeadline = "directives[1].tasks[0].deadlines[0]";

    [Fact]
    public async Task A_deadline_before_the_notice_was_issued_is_refused_naming_the_deadline()
    {
        fixture.SetVietnamTime(2023, 7, 20, 8);
        var id = SampleNotices.NewId();

        var response = await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id, due: "2023-07-02"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(FirstTaskDeadline, response.ProblemFields);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Leader.GetAsync($"/api/notices/{id}")).Status);
    }

    [Fact]
    public async Task A_notice_issued_in_the_future_is_refused_naming_issuedOn()
    {
        fixture.SetVietnamTime(2023, 7, 20, 8);
        var id = SampleNotices.NewId();
        var notice = SampleNotices.Valid(id);
        notice["issuedOn"] = "2023-07-21";

        var response = await fixture.Office.PostJsonAsync("/api/notices", notice);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["issuedOn"], response.ProblemFields);
    }

    [Fact]
    public async Task The_leadership_is_refused_as_a_lead_agency_since_it_would_escalate_to_itself()
    {
        fixture.SetVietnamTime(2023, 7, 20, 8);
        var id = SampleNotices.NewId();
        var notice = SampleNotices.Valid(id);
        notice["directives"] = new object[]
        {
            new
            {
                number = 1,
                text = "Lãnh đạo chủ trì kiểm tra.",
                tasks = new object[] { new { content = "Kiểm tra.", leadAgency = "LANHDAO", deadlines = new[] { "2023-08-31" } } },
            },
        };

        var response = await fixture.Office.PostJsonAsync("/api/notices", notice);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["directives[0].tasks[0].leadAgency"], response.ProblemFields);
    }

    [Fact]
    public async Task An_extension_to_a_date_already_past_is_refused_naming_requestedDueDate()
    {
        fixture.SetVietnamTime(2023, 7, 20, 8);
        var id = SampleNotices.NewId();
        var notice = SampleNotices.Valid(id, due: "2023-07-01");
        notice["issuedOn"] = "2023-06-01";
        await fixture.Office.PostJsonAsync("/api/notices", notice);

        var response = await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/extensions", new { requestedDueDate = "2023-07-10", reason = "Chờ số liệu." });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["requestedDueDate"], response.ProblemFields);
        Assert.Empty((await fixture.Leader.GetAsync($"/api/tasks/{id}.3.1")).Body!["extensions"]!.AsArray());
    }

    [Fact]
    public async Task A_coordinating_agency_asking_for_more_time_is_told_only_the_lead_agency_may()
    {
        fixture.SetVietnamTime(2023, 7, 20, 8);
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        using var stc = fixture.As("agency", "STC");
        var body = new { requestedDueDate = "2023-10-15", reason = "Chờ số liệu." };

        var coordinating = await stc.PostJsonAsync($"/api/tasks/{id}.2.1/extensions", body);
        var office = await fixture.Office.PostJsonAsync($"/api/tasks/{id}.2.1/extensions", body);

        Assert.Equal(HttpStatusCode.Forbidden, coordinating.Status);
        var detail = (string?)coordinating.Body!["detail"];
        Assert.Contains("chủ trì", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, office.Status);
    }

    [Fact]
    public async Task A_token_carrying_both_the_agency_and_the_leader_roles_is_refused()
    {
        var key = Serverless.Functions.Auth.DevelopmentSigningKey.LoadOrCreate(fixture.KeyFile);
        var token = Serverless.Functions.Auth.DevelopmentTokens.Mint(key, Serverless.Functions.Auth.AuthOptions.DevelopmentAudience,
            ["agency", "leader"], "SXD", "test-mixed", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        using var mixed = fixture.Client(token);

        var list = await mixed.GetAsync("/api/tasks");
        var cancel = await mixed.PostJsonAsync($"/api/tasks/{SampleNotices.NewId()}.1.1/cancel", new { reason = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, list.Status);
        Assert.Contains("vai trò", (string?)list.Body!["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, cancel.Status);
    }

    [Fact]
    public async Task An_unsupported_method_on_a_known_route_answers_405_with_Allow_and_a_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/tasks/{SampleNotices.NewId()}.1.1");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.Token("leader"));

        using var response = await fixture.Anonymous.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GET", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_still_answers_404_with_a_problem()
    {
        var response = await fixture.Leader.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
    }

    [Fact]
    public async Task Statistics_for_an_unknown_notice_answer_404()
    {
        var response = await fixture.Leader.GetAsync($"/api/statistics?noticeId={SampleNotices.NewId()}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(["noticeId"], response.ProblemFields);
    }

    [Fact]
    public async Task A_body_cut_off_after_a_member_name_is_called_incomplete_with_its_position_not_blamed_on_the_member()
    {
        var response = await fixture.Office.PostRawAsync("/api/notices", "{\"id\":\"x\",\"number\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["body"], response.ProblemFields);
        var message = (string?)response.Body!["errors"]!["body"]![0];
        Assert.Contains("chưa hoàn chỉnh", message, StringComparison.Ordinal);
        // The body is 19 characters long: it stops right after the colon.
        Assert.Contains("ký tự thứ 19 của dòng 1", message, StringComparison.Ordinal);
    }
}
