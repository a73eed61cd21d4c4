using Serverless.Testing.Delivery;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Serverless.Functions.Delivery;
using Xunit;

namespace Serverless.Dispatch.Tests.Delivery;

/// <summary>Delivery receipts over HTTP: GET /api/tasks/{id} through LocalHost after real deliveries.</summary>
[Collection(DeliveryGroup.Name)]
public sealed class ReceiptsApiTests(DeliveryFixture fixture)
{
    [Fact]
    public async Task The_task_shows_where_each_notification_went_and_its_history_notes_the_copy_that_was_refused()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var receiver = await TestWebhookReceiver.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync(new AgencyContacts("SXD", [Contacts.FocalPoint()], new AgencyWebhook(receiver.Url, TestWebhookReceiver.Secret)));
        await host.SetContactsAsync("LANHDAO", Contacts.Head("lanh.dao@ubnd.test.gov.vn"));
        var taskId = await host.CreateTaskAsync();
        var reminder = await host.AddNotificationAsync(taskId);
        var escalation = await host.AddNotificationAsync(taskId, "LANHDAO", level: 2);
        receiver.AnswerNext(410);

        await host.DispatchAsync();
        using var office = host.Client("office");
        var task = await office.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}");

        var deliveries = task!["deliveries"]!.AsArray();
        Assert.Equal([reminder.Id, escalation.Id], deliveries.Select(d => (string)d!["notificationId"]!));
        var toAgency = deliveries.Single(d => (string)d!["notificationId"]! == reminder.Id)!["copies"]!.AsArray();
        Assert.Equal([("email", "dau.moi@sxd.test.gov.vn", "delivered"), ("webhook", receiver.Url.AbsoluteUri, "failed")],
            toAgency.Select(c => ((string)c!["channel"]!, (string)c["address"]!, (string)c["outcome"]!)));
        Assert.All(toAgency, c => Assert.Equal(host.Time.GetUtcNow(), DateTimeOffset.Parse((string)c!["at"]!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("410", (string)toAgency[1]!["detail"]!, StringComparison.Ordinal);
        var toLeadership = Assert.Single(deliveries.Single(d => (string)d!["notificationId"]! == escalation.Id)!["copies"]!.AsArray());
        Assert.Equal(("email", "lanh.dao@ubnd.test.gov.vn", "delivered"), ((string)toLeadership!["channel"]!, (string)toLeadership["address"]!, (string)toLeadership["outcome"]!));
        var noted = Assert.Single(task["history"]!.AsArray(), h => (string?)h!["action"] == "delivery-failed");
        Assert.Contains($"webhook {receiver.Url.AbsoluteUri}", (string)noted!["detail"]!, StringComparison.Ordinal);
        Assert.Contains(reminder.Id, (string)noted["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_sees_the_copies_sent_to_itself_and_not_those_sent_up_the_ladder()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var host = await DeliveryHost.StartAsync(fixture.ConnectionString, smtp);
        await host.ClearOutboxAsync();
        await host.SetContactsAsync("SXD", Contacts.FocalPoint());
        await host.SetContactsAsync("LANHDAO", Contacts.Head("lanh.dao@ubnd.test.gov.vn"));
        var taskId = await host.CreateTaskAsync();
        var reminder = await host.AddNotificationAsync(taskId);
        await host.AddNotificationAsync(taskId, "LANHDAO", level: 2);
        await host.DispatchAsync();

        using var agency = host.Client("agency", "SXD");
        var answer = await agency.GetAsync(new Uri($"/api/tasks/{taskId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var task = await answer.Content.ReadFromJsonAsync<JsonObject>();

        var only = Assert.Single(task!["deliveries"]!.AsArray());
        Assert.Equal((reminder.Id, "SXD"), ((string)only!["notificationId"]!, (string)only["recipient"]!));
        Assert.DoesNotContain("lanh.dao@", task.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, smtp.Messages.Count);
    }
}
