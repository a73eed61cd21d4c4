using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serverless.Functions.Delivery;
using Serverless.Grains.Storage;
using Serverless.Tracking;

namespace Serverless.Benchmarks;

/// <summary>
/// What the delivery benchmark needs in the store: one focal point per agency (every level), and tasks in the read
/// model, each led by one agency with one coordinating agency. A deadline stage of such a task writes two
/// notifications (the lead's, and "{id}.{agency}" for the coordinating one), as the deadline grain does.
/// </summary>
public static class DeliverySeed
{
    private static readonly DateOnly Due = new(2023, 9, 30);

    /// <summary>Stores the contacts and ⌈N/2⌉ tasks; returns the N notifications, one email each.</summary>
    public static async Task<IReadOnlyList<Notification>> SeedAsync(IHost app, int count, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(app);
        var agencies = app.Services.GetRequiredService<AgencyDirectory>();
        var leads = agencies.All.Select(a => a.Code).Where(c => c != agencies.Leadership && c != agencies.SupervisingOffice).ToArray();
        var store = app.Services.GetRequiredService<AgencyContactsStore>();
        foreach (var code in leads)
        {
            var email = $"dau.moi@{code.ToLowerInvariant()}.bench.gov.vn";
            await store.PutAsync(new AgencyContacts(code, [new AgencyContact("Trần Thị Đầu Mối", ContactRole.FocalPoint, email, [0, 1, 2, 3])], null),
                "bench", "office", now);
        }

        var index = app.Services.GetRequiredService<TaskIndex>();
        var tasks = (count + 1) / 2;
        var notifications = new Notification[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, tasks), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (t, ct) =>
        {
            var noticeId = $"bench-{t / 20:D5}";
            var taskId = $"{noticeId}.{t % 20 + 1}.1";
            var lead = leads[t % leads.Length];
            var coordinating = leads[(t + 1) % leads.Length];
            await index.UpsertAsync(new TaskIndexEntry(taskId, noticeId, $"{t / 20 + 1}/TB-UBND", t % 20 + 1,
                $"Thực hiện nội dung số {t % 20 + 1} của Thông báo số {t / 20 + 1}/TB-UBND, báo cáo kết quả.", lead, [coordinating],
                DirectiveTaskStatus.InProgress, Due, null, null), null, ct);
            var id = $"{taskId}.d1.nhac-truoc-3-ngay";
            notifications[2 * t] = Reminder(id, lead, taskId, now);
            if (2 * t + 1 < count) notifications[2 * t + 1] = Reminder($"{id}.{coordinating}", coordinating, taskId, now);
        });
        return notifications;
    }

    private static Notification Reminder(string id, string recipient, string taskId, DateTimeOffset now) =>
        new(id, recipient, "reminder", 0, "nhac-truoc-3-ngay", taskId, Due, now, now,
            string.Create(CultureInfo.InvariantCulture, $"Nhắc việc: còn 3 ngày đến hạn hoàn thành nhiệm vụ {taskId}."), DispatchStates.Pending);
}
