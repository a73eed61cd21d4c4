using System.Net;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>Walks every endpoint against every role over HTTP. The same matrix is in the README.</summary>
[Collection(LocalHostGroup.Name)]
public sealed class RoleMatrixTests(LocalHostFixture fixture)
{
    // Caller keys: anonymous, leader, office, agency-lead (SXD, the task's lead), agency-coordinating (STC on task
    // 2.1), agency-other (SYT, not involved), operator. "allow" = the function ran; "403"/"401"/"404" = refused.
    private static readonly string[] Callers = ["anonymous", "leader", "office", "agency-lead", "agency-other", "operator"];

    public static TheoryData<string, string, string, string[]> Matrix() => new()
    {
        // name, method, path ({id} = a notice imported for the test; task {id}.3.1 is led by SXD), expected per caller
        { "ImportNotice", "POST", "/api/notices", ["401", "403", "allow", "403", "403", "403"] },
        { "ParseNotice", "POST", "/api/notices/parse", ["401", "403", "allow", "403", "403", "403"] },
        { "GetNotice", "GET", "/api/notices/{id}", ["401", "allow", "allow", "403", "403", "403"] },
        { "ListTasks", "GET", "/api/tasks", ["401", "allow", "allow", "allow", "allow", "403"] },
        { "GetTask", "GET", "/api/tasks/{id}.3.1", ["401", "allow", "allow", "allow", "404", "403"] },
        { "ReportProgress", "POST", "/api/tasks/{id}.3.1/reports", ["401", "403", "403", "allow", "404", "403"] },
        { "CompleteTask", "POST", "/api/tasks/{id}.3.1/complete", ["401", "403", "allow", "allow", "404", "403"] },
        { "CancelTask", "POST", "/api/tasks/{id}.3.1/cancel", ["401", "allow", "403", "403", "403", "403"] },
        { "ListAgencyNotifications", "GET", "/api/agencies/SXD/notifications", ["401", "allow", "allow", "allow", "404", "403"] },
        { "RequestExtension", "POST", "/api/tasks/{id}.3.1/extensions", ["401", "403", "403", "allow", "404", "403"] },
        { "DecideExtension", "POST", "/api/tasks/{id}.3.1/extensions/e1/decision", ["401", "allow", "403", "403", "403", "403"] },
        // The lead agency passes every check and reaches the grain, which refuses (409): no reminder was sent yet.
        { "AcknowledgeNotification", "POST", "/api/tasks/{id}.3.1/acknowledgements", ["401", "403", "403", "409", "404", "403"] },
        { "SetDueDate", "POST", "/api/tasks/{id}.3.2/due-date", ["401", "allow", "403", "403", "403", "403"] },
        // Giải trình and đôn đốc: these notices are due 10/7/2023, overdue on the fixture's 20/7/2023.
        { "RequestExplanation", "POST", "/api/tasks/{id}.3.1/explanations", ["401", "allow", "allow", "403", "403", "403"] },
        { "AnswerExplanation", "POST", "/api/tasks/{id}.3.1/explanations/gt1/answer", ["401", "403", "403", "allow", "404", "403"] },
        { "ListExplanations", "GET", "/api/explanations", ["401", "allow", "allow", "403", "403", "403"] },
        { "UrgeAgency", "POST", "/api/tasks/{id}.3.1/urgings", ["401", "allow", "allow", "403", "403", "403"] },
        { "ListFailedNotifications", "GET", "/api/operations/notifications/failed", ["401", "403", "403", "403", "403", "allow"] },
        { "RedispatchNotification", "POST", "/api/operations/notifications/SXD/none.1.1.d1.remind-7d/redispatch", ["401", "403", "403", "403", "403", "404"] },
        { "GetAgencyContacts", "GET", "/api/agencies/SXD/contacts", ["401", "allow", "allow", "allow", "404", "403"] },
        { "PutAgencyContacts", "PUT", "/api/agencies/SXD/contacts", ["401", "403", "allow", "403", "403", "403"] },
        // The office gets past the gate to the list's check: a JSON body is not a list with the contacts' header (422).
        { "ImportAgencyContacts", "POST", "/api/contacts/import", ["401", "403", "422", "403", "403", "403"] },
        { "ListFailedDeliveries", "GET", "/api/operations/deliveries/failed", ["401", "403", "403", "403", "403", "allow"] },
        { "RetryDelivery", "POST", "/api/operations/deliveries/none.1.1.d1.remind-7d/retry", ["401", "403", "403", "403", "403", "404"] },
        { "GetStatistics", "GET", "/api/statistics", ["401", "allow", "allow", "allow", "allow", "403"] },
        { "GetOverdueByWeek", "GET", "/api/statistics/overdue-by-week", ["401", "allow", "allow", "allow", "allow", "403"] },
        { "GetPeriodicReport", "GET", "/api/reports/periodic?period=2023-07&noticeId={id}", ["401", "allow", "allow", "allow", "allow", "403"] },
        { "ExportPeriodicReport", "GET", "/api/reports/periodic?period=2023-07&noticeId={id}&format=xlsx", ["401", "allow", "allow", "allow", "allow", "403"] },
        // An agency asking for another agency's report is told it does not exist.
        { "GetOtherAgencysReport", "GET", "/api/reports/periodic?period=2023-07&agency=SNNMT", ["401", "allow", "allow", "404", "404", "403"] },
        { "ExportTasks", "GET", "/api/exports/tasks?format=csv", ["401", "allow", "allow", "allow", "allow", "403"] },
        { "ListAgencies", "GET", "/api/agencies", ["401", "allow", "allow", "allow", "allow", "allow"] },
        { "CreateAgency", "POST", "/api/agencies", ["401", "403", "allow", "403", "403", "403"] },
        { "UpdateAgency", "PATCH", "/api/agencies/SYT", ["401", "403", "allow", "403", "403", "403"] },
        { "RetireAgency", "POST", "/api/agencies/DPTTH/retire", ["401", "403", "allow", "403", "403", "403"] },
        { "AddAgencyAlias", "POST", "/api/agencies/SYT/aliases", ["401", "403", "allow", "403", "403", "403"] },
        // The office passes the gate and is told the alias does not exist.
        { "RemoveAgencyAlias", "DELETE", "/api/agencies/SYT/aliases?alias=kh%C3%B4ng-c%C3%B3", ["401", "403", "404", "403", "403", "403"] },
        { "ImportAgencies", "POST", "/api/agencies/import", ["401", "403", "allow", "403", "403", "403"] },
        { "ListDirectoryAudit", "GET", "/api/agencies/audit", ["401", "allow", "allow", "403", "403", "403"] },
        { "ListAgencyGroups", "GET", "/api/agency-groups", ["401", "allow", "allow", "allow", "allow", "allow"] },
        { "CreateAgencyGroup", "POST", "/api/agency-groups", ["401", "403", "allow", "403", "403", "403"] },
        { "UpdateAgencyGroup", "PATCH", "/api/agency-groups/G-LLVT", ["401", "403", "allow", "403", "403", "403"] },
        // The web app's own endpoints. The office gets past the gate to the file check: a JSON body is not a .docx or PDF (415).
        { "NoticeText", "POST", "/api/notices/text", ["401", "403", "415", "403", "403", "403"] },
        { "Calendar", "GET", "/api/calendar", ["401", "allow", "allow", "allow", "allow", "allow"] },
        { "DevelopmentSignInChoices", "GET", "/api/dev/token", ["allow", "allow", "allow", "allow", "allow", "allow"] },
        { "DevelopmentSignIn", "POST", "/api/dev/token", ["allow", "allow", "allow", "allow", "allow", "allow"] },
        { "WebApp", "GET", "/api/app/", ["allow", "allow", "allow", "allow", "allow", "allow"] },
        // The retired dashboard redirects to the web app page (the client follows it; ServingTests checks the 302 itself).
        { "Dashboard", "GET", "/api/dashboard", ["allow", "allow", "allow", "allow", "allow", "allow"] },
        { "Health", "GET", "/api/health", ["allow", "allow", "allow", "allow", "allow", "allow"] },
        { "HealthReady", "GET", "/api/health/ready", ["allow", "allow", "allow", "allow", "allow", "allow"] },
    };

    private static string CodeFrom(string id) => "T-" + id[3..15].ToUpperInvariant();

    private ApiClient ClientFor(string caller) => caller switch
    {
        "anonymous" => fixture.Anonymous,
        "leader" => fixture.Leader,
        "office" => fixture.Office,
        "agency-lead" => fixture.Sxd,
        "agency-other" => fixture.As("agency", "SYT"),
        _ => fixture.As("operator"),
    };

    private static object BodyFor(string function, string id, string noticeId) => function switch
    {
        "ImportNotice" => SampleNotices.Valid(id),
        "RequestExtension" => new { requestedDueDate = "2023-09-30", reason = "Chờ ý kiến các sở." },
        "DecideExtension" => new { approve = false },
        "AcknowledgeNotification" => new { notificationId = $"{noticeId}.3.1.d1.remind-7d" },
        "SetDueDate" => new { dueDate = "2023-10-15" },
        "ReportProgress" => new { text = "Đang triển khai." },
        "CancelTask" => new { reason = "Kiểm thử quyền." },
        "DevelopmentSignIn" => new { role = "leader" },
        "RequestExplanation" => new { reason = "Đề nghị giải trình lý do chậm." },
        "AnswerExplanation" => new { text = "Chậm do chờ ý kiến các sở." },
        "UrgeAgency" => new { level = "agency", reason = "Khẩn trương thực hiện." },
        "PutAgencyContacts" => new { contacts = new[] { new { name = "Trần Văn Đầu Mối", role = "focalPoint", email = "dau.moi@sxd.gov.vn" } } },
        "CreateAgency" => new { code = CodeFrom(id), name = $"Cơ quan thử {id}", kind = "so-ban-nganh" },
        "UpdateAgency" => new { kind = "so-ban-nganh" },
        "RetireAgency" => new { reason = "Kiểm thử quyền." },
        "AddAgencyAlias" => new { alias = $"Tên thử {id}" },
        "CreateAgencyGroup" => new { code = "G-" + CodeFrom(id), name = $"Nhóm thử {id}", members = new[] { "SYT" } },
        "UpdateAgencyGroup" => new { name = "Lực lượng vũ trang tỉnh" },
        _ => new { },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_may_call_exactly_the_endpoints_of_the_matrix(string function, string method, string path, string[] expected)
    {
        for (var i = 0; i < Callers.Length; i++)
        {
            // A fresh notice per caller, so one caller's completion or cancellation does not change another's answer.
            var id = SampleNotices.NewId();
            var followUp = function is "RequestExplanation" or "AnswerExplanation" or "UrgeAgency";
            // Follow-ups need task 3.1 (SXD) overdue; the others need task 3.2 conditional, so a leader can set its date.
            var notice = SampleNotices.Valid(id, followUp ? "2023-07-10" : "2023-08-31");
            if (!followUp) notice["directives"] = SampleNotices.WithConditionalTask((object[])notice["directives"]!);
            Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/notices", notice)).Status);
            if (function == "DecideExtension")
                await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/extensions", new { requestedDueDate = "2023-09-30", reason = "Cần thêm thời gian." });
            if (function == "AnswerExplanation")
                Assert.Equal(HttpStatusCode.OK, (await fixture.Office.PostJsonAsync($"/api/tasks/{id}.3.1/explanations", new { reason = "Giải trình." })).Status);
            var target = path.Replace("{id}", id, StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(method), target);
            if (function == "ParseNotice")
                request.Content = new StringContent("1. Giao Sở Xây dựng chủ trì rà soát, báo cáo trước ngày 30/9/2023.\n2. Sở Tài chính thẩm định.",
                    System.Text.Encoding.UTF8, "text/plain");
            else if (function == "ImportAgencies")
                request.Content = new StringContent($"code,name,kind\n{CodeFrom(SampleNotices.NewId())},Cơ quan nhập thử {SampleNotices.NewId()},doan-the\n",
                    System.Text.Encoding.UTF8, "text/csv");
            else if (method is "POST" or "PATCH" or "PUT")
                request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(BodyFor(function, SampleNotices.NewId(), id)),
                    System.Text.Encoding.UTF8, "application/json");

            var response = await ClientFor(Callers[i]).SendAsync(request);

            var status = (int)response.Status;
            var because = $"{function} as {Callers[i]} answered {status}";
            if (expected[i] == "allow")
                Assert.True(status is >= 200 and < 300, because);
            else
                Assert.True(expected[i] == status.ToString(System.Globalization.CultureInfo.InvariantCulture), because + $", expected {expected[i]}");
            if (status >= 400) Assert.Equal("application/problem+json", response.MediaType);
        }
    }

    [Fact]
    public async Task A_coordinating_agency_sees_and_reports_on_the_task_but_cannot_complete_it()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        var stc = fixture.As("agency", "STC");

        Assert.Equal(HttpStatusCode.OK, (await stc.GetAsync($"/api/tasks/{id}.2.1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await stc.PostJsonAsync($"/api/tasks/{id}.2.1/reports", new { text = "Đã cử cán bộ phối hợp." })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await stc.PostJsonAsync($"/api/tasks/{id}.2.1/complete", new { })).Status);
    }

    [Fact]
    public async Task An_agency_lists_only_its_own_tasks_and_asking_for_another_agency_answers_404()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        // Other tests in the shared fixture give SXD tasks too: read every page, not just the first.
        var own = new List<System.Text.Json.Nodes.JsonNode>();
        string? token = null;
        do
        {
            var page = await fixture.Sxd.GetAsync($"/api/tasks?pageSize=200{(token is null ? "" : $"&continuationToken={token}")}");
            own.AddRange(page.Body!["items"]!.AsArray().Select(x => x!));
            token = (string?)page.Body["continuationToken"];
        }
        while (token is not null);
        var other = await fixture.Sxd.GetAsync("/api/tasks?agency=SNNMT");

        Assert.All(own, item =>
            Assert.True((string?)item["leadAgency"] == "SXD" || item["coordinatingAgencies"]!.AsArray().Any(a => (string?)a == "SXD")));
        Assert.Contains(own, item => (string?)item["id"] == $"{id}.3.1");
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
    }

    [Fact]
    public async Task Every_change_records_who_made_it_in_the_history()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));
        await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/reports", new { text = "Đã rà soát." });
        await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/complete", new { });
        await fixture.Leader.PostJsonAsync($"/api/tasks/{id}.3.2/cancel", new { reason = "Trùng nhiệm vụ." });

        var completed = (await fixture.Leader.GetAsync($"/api/tasks/{id}.3.1")).Body!["history"]!.AsArray();
        var cancelled = (await fixture.Leader.GetAsync($"/api/tasks/{id}.3.2")).Body!["history"]!.AsArray();

        Assert.Equal(["created", "reported", "completed"], completed.Select(h => (string)h!["action"]!));
        Assert.Equal(["office", "agency", "agency"], completed.Select(h => (string)h!["actor"]!["role"]!));
        Assert.Equal("SXD", (string?)completed[1]!["actor"]!["agency"]);
        Assert.Equal("test-office-", (string?)completed[0]!["actor"]!["subject"]);
        Assert.Equal("leader", (string?)cancelled[^1]!["actor"]!["role"]);
    }
}
