using System.Collections.Concurrent;
using System.Net.Mime;
using System.Text;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Serverless.Testing;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>
/// An agency's document system: a real Kestrel endpoint on a free loopback port that verifies each call's Standard
/// Webhooks signature with the StandardWebhooks library, reads the CloudEvent, and answers as scripted (a status, or
/// a hang until the caller gives up); once the script is used up it answers 200.
/// </summary>
public sealed class TestWebhookReceiver : IAsyncDisposable
{
    /// <summary>A signing secret as an office would enter it.</summary>
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> script = new();
    private readonly ConcurrentQueue<WebhookCall> calls = new();

    private TestWebhookReceiver(WebApplication app) => this.app = app;

    /// <summary>The URL to store in the agency's contacts.</summary>
    public Uri Url { get; private init; } = null!;

    /// <summary>Every call received, in order, whatever it was answered.</summary>
    public IReadOnlyList<WebhookCall> Calls => [.. calls];

    /// <summary>The calls answered 2xx.</summary>
    public IReadOnlyList<WebhookCall> Accepted => [.. calls.Where(c => c.Status is >= 200 and < 300)];

    /// <summary>Answers the next calls with these statuses in order; <see cref="Hang"/> never answers.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses) script.Enqueue(status);
    }

    /// <summary>In a script: keep the request open until the caller gives up.</summary>
    public const int Hang = -1;

    public static async Task<TestWebhookReceiver> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new TestWebhookReceiver(app) { Url = new Uri($"http://127.0.0.1:{port}/hooks/theodoi") };
        app.MapPost("/hooks/theodoi", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(context.RequestAborted);
        string? failure = null;
        try
        {
            new StandardWebhook(Secret).Verify(payload, context.Request.Headers);
        }
        catch (WebhookVerificationException e)
        {
            failure = e.Message;
        }

        CloudEvent? cloudEvent = null;
        try
        {
            cloudEvent = new JsonEventFormatter().DecodeStructuredModeMessage(Encoding.UTF8.GetBytes(payload),
                new ContentType(context.Request.ContentType ?? ""), null);
        }
        catch (ArgumentException e)
        {
            failure ??= "not a CloudEvent: " + e.Message;
        }

        var status = failure is not null ? 401 : script.TryDequeue(out var next) ? next : 200;
        calls.Enqueue(new WebhookCall(context.Request.Headers["webhook-id"].ToString(), context.Request.ContentType, payload, cloudEvent,
            failure, status));
        if (status == Hang)
        {
            // Held until the sender's time-out closes the connection.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        context.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
