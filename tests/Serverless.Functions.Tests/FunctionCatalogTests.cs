using System.Net;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Functions.Timers;
using Serverless.LocalHost;
using Xunit;

namespace Serverless.Functions.Tests;

[Collection(LocalHostGroup.Name)]
public sealed class FunctionCatalogTests(LocalHostFixture fixture)
{
    private static readonly Assembly FunctionsAssembly = typeof(SweepDeadlinesFunction).Assembly;

    [Fact]
    public void The_catalog_holds_every_function_method_of_the_function_app()
    {
        var declared = FunctionsAssembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

        var catalog = fixture.App.Services.GetRequiredService<FunctionCatalog>();

        Assert.Equal(declared, catalog.Functions.Select(f => f.Name));
        Assert.Contains(catalog.Functions, f => f.Name == "SweepDeadlines" && f.Kind == FunctionKind.Timer);
    }

    [Fact]
    public async Task Every_http_function_is_reachable_on_its_route_and_methods()
    {
        var catalog = fixture.App.Services.GetRequiredService<FunctionCatalog>();
        // The catch-all is the "no such endpoint" answer itself (its own tests are in RefusedInputApiTests).
        foreach (var function in catalog.Functions.Where(f => f.Kind == FunctionKind.Http && f.Route != Serverless.Functions.Http.UnmatchedRouteFunctions.Route))
        {
            // Fill every route parameter with a value that names nothing, then check the answer comes from the
            // function itself (a problem it wrote, or data), never from LocalHost's "no such endpoint" fallback.
            var path = "/api/" + System.Text.RegularExpressions.Regex.Replace(function.Route!, "{[^}]+}", "zz-none");
            foreach (var method in function.HttpMethods)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method == "POST") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                var response = await fixture.Leader.SendAsync(request);

                Assert.True(response.Status != HttpStatusCode.MethodNotAllowed, $"{function.Name}: {method} {path} not mapped");
                Assert.NotEqual("Không có điểm cuối này.", (string?)response.Body?["detail"]);
            }
        }
    }

    [Fact]
    public void Every_timer_schedule_resolves_from_the_local_settings()
    {
        var catalog = fixture.App.Services.GetRequiredService<FunctionCatalog>();
        var configuration = fixture.App.Services.GetRequiredService<IConfiguration>();

        foreach (var timer in catalog.Functions.Where(f => f.Kind == FunctionKind.Timer))
        {
            var schedule = TimerFunctionRunner.ScheduleOf(timer, configuration);
            Assert.NotNull(schedule.GetNextOccurrence(DateTime.UtcNow));
        }
    }

    [Fact]
    public async Task An_unknown_route_answers_404_with_a_problem()
    {
        var response = await fixture.Leader.GetAsync("/api/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
    }
}
