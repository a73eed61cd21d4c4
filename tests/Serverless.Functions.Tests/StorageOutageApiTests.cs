using System.Diagnostics;
using System.Net;
using Serverless.Functions.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace Serverless.Functions.Tests;

/// <summary>
/// The product while its Azurite is stopped and after it is started again. Own host and own Azurite: the outage
/// must not reach the other HTTP tests.
/// </summary>
public sealed class StorageOutageApiTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Refused connections cost about 0.6 s of back-off per storage call (StorageResilience); the old SDK defaults cost
    // about 6 s. The margin covers a loaded CI machine, not a slower design.
    private static readonly TimeSpan RefusedBound = TimeSpan.FromSeconds(3);

    private readonly LocalHostFixture fixture = new() { StoppableStorage = true };

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task During_an_outage_writes_answer_503_with_retry_after_quickly_change_nothing_and_succeed_when_retried_after_it()
    {
        var id = SampleNotices.NewId();
        Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(id))).Status);
        var taskPath = $"/api/tasks/{id}.3.1";
        var before = await fixture.Sxd.GetAsync(taskPath);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        var otherId = SampleNotices.NewId();
        var report = new { text = "Đã rà soát 120 căn nhà.", percentComplete = 70, clientRequestId = "bao-cao-1" };

        await fixture.Azurite.StopAsync();
        try
        {
            var refusedReport = await TimedAsync(() => fixture.Sxd.PostJsonAsync($"{taskPath}/reports", report));
            var refusedImport = await TimedAsync(() => fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(otherId)));
            var refusedList = await TimedAsync(() => fixture.Leader.GetAsync("/api/tasks"));
            foreach (var refused in new[] { refusedReport, refusedImport, refusedList })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
                Assert.Equal("application/problem+json", refused.MediaType);
                Assert.Equal(503, (int?)refused.Body!["status"]);
                Assert.Equal(StorageResilience.RetryAfterSeconds, refused.RetryAfterSeconds);
            }

            // The task's grain is active: reading it needs no storage and still answers what was stored.
            var during = await fixture.Sxd.GetAsync(taskPath);
            Assert.Equal(HttpStatusCode.OK, during.Status);
            Assert.Equal(before.Body!.ToJsonString(), during.Body!.ToJsonString());
        }
        finally
        {
            await fixture.Azurite.StartAgainAsync();
        }

        await WaitUntilReadyAsync();
        await ForgetActiveGrainsAsync();
        var stored = await fixture.Sxd.GetAsync(taskPath);
        Assert.Empty(stored.Body!["reports"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Leader.GetAsync($"/api/notices/{otherId}")).Status);

        var retried = await fixture.Sxd.PostJsonAsync($"{taskPath}/reports", report);
        var again = await fixture.Sxd.PostJsonAsync($"{taskPath}/reports", report);
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(HttpStatusCode.Created, (await fixture.Office.PostJsonAsync("/api/notices", SampleNotices.Valid(otherId))).Status);
        await ForgetActiveGrainsAsync();
        Assert.Equal("Đã rà soát 120 căn nhà.", (string?)Assert.Single((await fixture.Sxd.GetAsync(taskPath)).Body!["reports"]!.AsArray())!["text"]);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Leader.GetAsync($"/api/tasks/{otherId}.3.1")).Status);
    }

    [Fact]
    public async Task Readiness_answers_503_while_storage_is_down_and_200_after_while_liveness_stays_200()
    {
        var ready = await fixture.Anonymous.GetAsync("/api/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("ready", (string?)ready.Body!["status"]);
        Assert.Equal("Active", (string?)ready.Body!["silo"]);

        await fixture.Azurite.StopAsync();
        try
        {
            var notReady = await TimedAsync(() => fixture.Anonymous.GetAsync("/api/health/ready"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.Status);
            Assert.Equal(StorageResilience.RetryAfterSeconds, notReady.RetryAfterSeconds);
            Assert.Contains("Table Storage", (string?)notReady.Body!["detail"], StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await fixture.Anonymous.GetAsync("/api/health")).Status);
        }
        finally
        {
            await fixture.Azurite.StartAgainAsync();
        }

        await WaitUntilReadyAsync();
        Assert.Equal(HttpStatusCode.OK, (await fixture.Anonymous.GetAsync("/api/health")).Status);
    }

    private async Task<ApiResponse> TimedAsync(Func<Task<ApiResponse>> call)
    {
        var watch = Stopwatch.StartNew();
        var response = await call();
        output.WriteLine($"{(int)response.Status} after {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(watch.Elapsed < RefusedBound, $"Answered {response.Status} after {watch.Elapsed.TotalSeconds:F1} s; the bound is {RefusedBound.TotalSeconds} s.");
        return response;
    }

    // Storage answers again within moments of the restart; the bound only keeps a broken restart from hanging the run.
    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ready = await fixture.Anonymous.GetAsync("/api/health/ready");
            if (ready.Status == HttpStatusCode.OK) return;
            Assert.True(DateTime.UtcNow < deadline, $"Still {ready.Status} 30 s after storage came back.");
            await Task.Delay(200);
        }
    }

    // Every grain goes, so the next read comes from storage.
    private Task ForgetActiveGrainsAsync() =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IGrainFactory>(fixture.App.Services)
            .GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}
