using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serverless.Functions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Telemetry goes to Application Insights with the app's identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING);
// LocalHost does not add it, since locally there is nowhere to send it.
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
builder.AddDirectiveTracking();
builder.Build().Run();
