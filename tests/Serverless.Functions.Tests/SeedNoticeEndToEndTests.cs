using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace Serverless.Functions.Tests;

/// <summary>
/// The notice this product exists for (the shared Tiền Giang sample, nine directives), as a new user meets it: text
/// in, a draft that needs nothing, the import, one task per agency, and the ladder. Its own host: it imports a few
/// hundred tasks and moves the clock.
/// </summary>
public sealed class SeedNoticeEndToEndTests : IAsyncLifetime
{
    private readonly LocalHostFixture host = new();

    public Task InitializeAsync() => host.InitializeAsync();

    public Task DisposeAsync() => host.DisposeAsync();

    private static string SeedText()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Serverless.sln")))
            directory = directory.Parent;
        var path = Path.Combine(directory!.FullName, "..", "shared", "samples", "notices", "tien-giang-2023-06-30.txt");
        Assert.True(File.Exists(path), $"the seed notice is missing: {path}");
        return File.ReadAllText(path);
    }

    private async Task<JsonNode> DraftAsync() =>
        (await host.Office.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/notices/parse") { Content = new StringContent(SeedText(), Encoding.UTF8, "text/plain") })).Body!;

    private static List<string> Leads(JsonNode draft, int number) =>
        [.. draft["draft"]!["directives"]!.AsArray().Single(d => (int)d!["number"]! == number)!["tasks"]!.AsArray().Select(t => (string)t!["leadAgency"]!)];

    [Fact]
    public async Task The_seed_notice_drafts_with_nothing_to_fill_and_imports_as_one_task_per_agency_whose_ladder_runs()
    {
        var parsed = await DraftAsync();
        var draft = parsed["draft"]!;

        Assert.Empty(parsed["missing"]!.AsArray());
        Assert.Equal("van-phong-tinh-uy-2023-06-30", (string?)draft["id"]);
        Assert.Equal("2023-06-30", (string?)draft["issuedOn"]);
        Assert.All(draft["directives"]!.AsArray(), d => Assert.NotEmpty(d!["tasks"]!.AsArray()));
        Assert.Equal(["BCHQS", "BDBP", "CAT"], Leads(parsed, 7).Order());
        Assert.Equal(["BCSD-UBND", "BNCTU", "BTCTU", "BTGDVTU", "UBKTTU", "VPTU"], Leads(parsed, 9).Order());
        Assert.Equal(["UBND-H-CAIBE", "UBND-H-CHAUTHANH", "UBNDT"], Leads(parsed, 4).Order());
        Assert.Contains(parsed["directives"]!.AsArray(), d => (int)d!["number"]! == 6 && d["groups"]!.AsArray().Any(g => (string?)g!["code"] == "G-TOAN-TINH"));

        var imported = await host.Office.PostRawAsync("/api/notices", draft.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, imported.Status);
        var taskIds = imported.Body!["taskIds"]!.AsArray().Select(t => (string)t!).ToList();
        var expected = draft["directives"]!.AsArray().Sum(d => d!["tasks"]!.AsArray().Count);
        Assert.Equal(expected, taskIds.Count);
        var notice = (await host.Leader.GetAsync("/api/notices/van-phong-tinh-uy-2023-06-30")).Body!;
        Assert.Equal(9, notice["directives"]!.AsArray().Count);

        // Directive 4: "trong năm 2023"; directive 6: "(27/7)"; directive 9 waits for the Centre's guidance.
        var cat = await TaskOfAsync(notice, 7, "CAT");
        var fourth = await TaskOfAsync(notice, 4, "UBND-H-CAIBE");
        var sixth = await TaskOfAsync(notice, 6, "SYT");
        var ninth = await TaskOfAsync(notice, 9, "VPTU");
        Assert.Equal("2023-12-31", (string?)fourth["deadlines"]![0]!["dueDate"]);
        Assert.Equal("2023-07-27", (string?)sixth["deadlines"]![0]!["dueDate"]);
        Assert.Equal("awaitingDate", (string?)ninth["status"]);
        Assert.Empty(ninth["deadlines"]!.AsArray());
        Assert.NotNull(cat["title"]);

        // 20/7/2023 08:00 is seven days before 27/7: directive 6's agencies get their first reminder, nobody else yet.
        await host.SweepAsync();
        var inbox = (await host.Leader.GetAsync("/api/agencies/SYT/notifications?pageSize=200")).Body!["items"]!.AsArray();
        Assert.Contains(inbox, n => (string?)n!["taskId"] == (string?)sixth["id"] && (string?)n["stage"] == "remind-7d");
        Assert.DoesNotContain(inbox, n => (string?)n!["taskId"] == (string?)fourth["id"]);

        // Directive 9 starts its ladder once a leader sets the date.
        var set = await host.Leader.PostJsonAsync($"/api/tasks/{ninth["id"]}/due-date", new { dueDate = "2023-10-15" });
        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal("inProgress", (string?)(await host.Leader.GetAsync($"/api/tasks/{ninth["id"]}")).Body!["status"]);
    }

    [Fact]
    public async Task The_same_notice_under_another_id_is_refused_naming_the_first_and_stores_nothing()
    {
        var draft = (await DraftAsync())["draft"]!;
        Assert.Equal(HttpStatusCode.Created, (await host.Office.PostRawAsync("/api/notices", draft.ToJsonString())).Status);
        var before = (await host.Leader.GetAsync("/api/tasks?pageSize=1&agency=CAT")).Body!.ToJsonString();

        draft["id"] = "tb-tinh-uy-ban-sao";
        var again = await host.Office.PostRawAsync("/api/notices", draft.ToJsonString());

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("van-phong-tinh-uy-2023-06-30", again.Body!["detail"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Leader.GetAsync("/api/notices/tb-tinh-uy-ban-sao")).Status);
        Assert.Equal(before, (await host.Leader.GetAsync("/api/tasks?pageSize=1&agency=CAT")).Body!.ToJsonString());
    }

    [Fact]
    public async Task An_import_with_a_directive_without_a_lead_is_refused_listing_it_unless_marked_not_to_track()
    {
        var draft = (await DraftAsync())["draft"]!;
        var directives = draft["directives"]!.AsArray();
        directives[2]!["tasks"] = new JsonArray();
        directives[7]!["tasks"] = new JsonArray();

        var refused = await host.Office.PostRawAsync("/api/notices", draft.ToJsonString());

        Assert.Equal((HttpStatusCode)422, refused.Status);
        Assert.Equal(["directives[2].tasks", "directives[7].tasks"], refused.ProblemFields.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Leader.GetAsync("/api/notices/van-phong-tinh-uy-2023-06-30")).Status);

        directives[2]!["track"] = false;
        directives[7]!["track"] = false;
        var accepted = await host.Office.PostRawAsync("/api/notices", draft.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, accepted.Status);
    }

    [Fact]
    public async Task An_import_that_would_create_no_task_is_refused()
    {
        var draft = (await DraftAsync())["draft"]!;
        foreach (var directive in draft["directives"]!.AsArray())
        {
            directive!["tasks"] = new JsonArray();
            directive["track"] = false;
        }

        var refused = await host.Office.PostRawAsync("/api/notices", draft.ToJsonString());

        Assert.Equal((HttpStatusCode)422, refused.Status);
        Assert.Contains("directives", refused.ProblemFields);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Leader.GetAsync("/api/notices/van-phong-tinh-uy-2023-06-30")).Status);
    }

    private async Task<JsonNode> TaskOfAsync(JsonNode notice, int directive, string agency)
    {
        foreach (var id in notice["directives"]!.AsArray().Single(d => (int)d!["number"]! == directive)!["taskIds"]!.AsArray())
        {
            var task = (await host.Leader.GetAsync($"/api/tasks/{id}")).Body!;
            if ((string?)task["leadAgency"] == agency)
                return task;
        }

        throw new Xunit.Sdk.XunitException($"directive {directive} has no task for {agency}");
    }
}
