using System.Net;
using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Functions.Timers;
using Serverless.Grains.Storage;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class StatisticsApiTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Statistics_show_each_lead_agency_in_the_four_categories_most_overdue_first()
    {
        var id = SampleNotices.NewId();
        // Due 10/7/2023; the fixture's today is 20/7/2023.
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id, due: "2023-07-10"));
        await fixture.Sxd.PostJsonAsync($"/api/tasks/{id}.3.1/complete", new { });

        var response = await fixture.Leader.GetAsync($"/api/statistics?noticeId={id}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("2023-07-20", (string?)response.Body!["asOf"]);
        Assert.Equal("Đang thực hiện quá hạn", (string?)response.Body["labels"]!["inProgressOverdue"]);
        var rows = response.Body["agencies"]!.AsArray();
        Assert.Equal(["SNNMT", "CAT", "SXD"], rows.Select(r => (string)r!["code"]!));
        Assert.Equal(1, (int?)rows[0]!["inProgressOverdue"]);
        Assert.Equal(10, (int?)rows[0]!["maxDaysOverdue"]);
        Assert.Equal("Sở Nông nghiệp và Môi trường", (string?)rows[0]!["name"]);
        Assert.Equal(1, (int?)rows[1]!["inProgressOnTime"]);
        Assert.Equal(1, (int?)rows[2]!["completedLate"]);
        Assert.Equal(0, (int?)rows[2]!["completedOnTime"]);
    }

    [Fact]
    public async Task Counter_copies_lost_after_their_rows_of_record_are_copied_again_by_the_hourly_repair()
    {
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(SampleNotices.NewId(), due: "2023-07-10"));
        static int? Total(ApiResponse r, string code) =>
            (int?)r.Body!["agencies"]!.AsArray().FirstOrDefault(a => (string?)a!["code"] == code)?["total"];
        var before = Total(await fixture.Leader.GetAsync("/api/statistics"), "SNNMT");
        Assert.True(before >= 1);

        // The copies a crash left behind (the rows of record landed, their copies did not).
        var copies = new TrackingTables(new TableServiceClient(fixture.ConnectionString)).TaskCounts;
        await foreach (var copy in copies.QueryAsync<TableEntity>(r => r.PartitionKey == "SNNMT"))
            await copies.DeleteEntityAsync(copy.PartitionKey, copy.RowKey);
        Assert.NotEqual(before, Total(await fixture.Leader.GetAsync("/api/statistics"), "SNNMT"));

        await ActivatorUtilities.CreateInstance<RepairStatisticsFunction>(fixture.App.Services).RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal(before, Total(await fixture.Leader.GetAsync("/api/statistics"), "SNNMT"));
    }

    [Fact]
    public async Task An_agency_sees_only_its_own_row()
    {
        var id = SampleNotices.NewId();
        await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id));

        var response = await fixture.Sxd.GetAsync($"/api/statistics?noticeId={id}");

        Assert.Equal(["SXD"], response.Body!["agencies"]!.AsArray().Select(r => (string)r!["code"]!));
    }

    [Fact]
    public async Task The_agency_list_names_every_agency_in_Vietnamese()
    {
        var response = await fixture.Sxd.GetAsync("/api/agencies");

        Assert.Contains(response.Body!["items"]!.AsArray(), a => (string?)a!["code"] == "SXD" && (string?)a["name"] == "Sở Xây dựng");
        Assert.Equal("LANHDAO", (string?)response.Body["leadership"]);
    }
}
