using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Functions.Hosting;
using Serverless.Functions.Http;
using Serverless.Functions.Importing;
using Serverless.Functions.Timers;
using Serverless.Tracking;
using Serverless.Grains.Storage;

namespace Serverless.LocalHost;

/// <summary>
/// Runs the Function App's functions without Azure Functions Core Tools: the same DI registration, every HTTP
/// function on its attribute route under the host.json prefix, every timer on its schedule.
/// </summary>
public static class LocalHostApp
{
    /// <summary>Builds the application; call StartAsync/RunAsync on it.</summary>
    public static WebApplication Build(LocalHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = settings.EnvironmentName,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(LocalSettingsFile.Read(Path.Combine(AppContext.BaseDirectory, "local.settings.json")));
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(settings.Configuration);
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddMvcCore();
        if (settings.Time is not null) builder.Services.AddSingleton(new TrackingClock(settings.Time));
        builder.AddDirectiveTracking();
        settings.ConfigureServices?.Invoke(builder.Services);

        var catalog = new FunctionCatalog(typeof(SweepDeadlinesFunction).Assembly);
        builder.Services.AddSingleton(catalog);
        if (settings.RunTimers) builder.Services.AddHostedService<TimerFunctionRunner>();
        if (settings.SeedFile is { } seed)
            builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SampleNoticeLoader>(sp, seed));

        var app = builder.Build();
        var prefix = HostJson.RoutePrefix(Path.Combine(AppContext.BaseDirectory, "host.json"));
        foreach (var function in catalog.Functions.Where(f => f.Kind == FunctionKind.Http))
        {
            app.MapMethods($"{prefix}/{function.Route}", function.HttpMethods, context => FunctionInvoker.InvokeHttpAsync(function, context))
                .WithName(function.Name);
        }
        // The Functions host puts every route under the prefix, so the site root cannot be a function: LocalHost sends
        // it to the web app (in Azure the app is at https://<host>/api/app/).
        app.MapGet("/", context =>
        {
            context.Response.Redirect($"/{prefix}/app/");
            return Task.CompletedTask;
        });
        app.MapFallback(context => WriteProblemAsync(context, ApiResults.NotFound("Không có điểm cuối này.")));
        return app;
    }

    private static Task WriteProblemAsync(HttpContext context, Microsoft.AspNetCore.Mvc.IActionResult result) =>
        result.ExecuteResultAsync(new Microsoft.AspNetCore.Mvc.ActionContext(context, new Microsoft.AspNetCore.Routing.RouteData(),
            new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
}
