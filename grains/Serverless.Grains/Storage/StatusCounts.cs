using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Serverless.Tracking;

namespace Serverless.Grains.Storage;

/// <summary>
/// One statistics counter row of a lead agency: the tasks it leads that are due in one month ("M{yyyy-MM}"), or
/// have no due date ("U"), counted per due day. Per day, because a task in progress becomes overdue the day after
/// its due date without any write: "overdue as of today" is a sum over the days before today.
/// </summary>
internal sealed class StatusCounts
{
    /// <summary>Counter rows sort in [Start, End): month rows, then the undated row; index rows are lower-case.</summary>
    public const string Start = "M";

    /// <inheritdoc cref="Start"/>
    public const string End = "V";

    private const string UndatedKey = "U";

    // Per day: total, completed on time, completed late, open (in progress or awaiting a date), awaiting, cancelled.
    private const int Slots = 6;

    private StatusCounts(string rowKey, Dictionary<int, int[]> days)
    {
        RowKey = rowKey;
        Days = days;
    }

    /// <summary>"M{yyyy-MM}" or "U".</summary>
    public string RowKey { get; }

    private Dictionary<int, int[]> Days { get; }

    /// <summary>The row a task counts in, and the day within it (0 when undated).</summary>
    public static (string RowKey, int Day) Bucket(DateOnly? dueDate) =>
        dueDate is { } due ? ("M" + due.ToString("yyyy-MM", CultureInfo.InvariantCulture), due.Day) : (UndatedKey, 0);

    /// <summary>What a task adds to its day's counters.</summary>
    public static int[] Contribution(DirectiveTaskStatus status, DateOnly? dueDate, DateOnly? completedOn)
    {
        var slots = new int[Slots];
        slots[0] = 1;
        switch (status)
        {
            case DirectiveTaskStatus.Cancelled: slots[5] = 1; break;
            case DirectiveTaskStatus.Completed: slots[dueDate is { } due && completedOn > due ? 2 : 1] = 1; break;
            default:
                slots[3] = 1;
                if (status == DirectiveTaskStatus.AwaitingDate) slots[4] = 1;
                break;
        }
        return slots;
    }

    /// <summary>An empty row.</summary>
    public static StatusCounts Empty(string rowKey) => new(rowKey, []);

    /// <summary>Reads a stored row.</summary>
    public static StatusCounts From(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var days = JsonSerializer.Deserialize<Dictionary<int, int[]>>(entity.GetString("Days") ?? "{}") ?? [];
        return new StatusCounts(entity.RowKey, days);
    }

    /// <summary>Adds (sign 1) or removes (sign -1) a task's contribution on a day.</summary>
    public void Apply(int day, int[] contribution, int sign)
    {
        if (!Days.TryGetValue(day, out var slots)) Days[day] = slots = new int[Slots];
        for (var i = 0; i < Slots; i++) slots[i] += sign * contribution[i];
        if (slots.All(s => s == 0)) Days.Remove(day);
    }

    /// <summary>The row to store.</summary>
    public TableEntity ToEntity(string partition) => new(partition, RowKey) { ["Days"] = JsonSerializer.Serialize(Days) };

    /// <summary>
    /// Adds this row's days to an agency's figures, as of <paramref name="today"/>, within an optional due-date period;
    /// open tasks due inside <paramref name="dueSoon"/> also count as "sắp đến hạn".
    /// </summary>
    public void AddTo(AgencyCounts counts, DateOnly today, DateOnly? from, DateOnly? to, (DateOnly From, DateOnly To)? dueSoon = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var month = RowKey == UndatedKey ? (DateOnly?)null
            : DateOnly.ParseExact(RowKey[1..] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (day, slots) in Days)
        {
            DateOnly? due = month?.AddDays(day - 1);
            if ((from is not null || to is not null) && (due is null || due < from || due > to)) continue;
            counts.Total += slots[0];
            counts.CompletedOnTime += slots[1];
            counts.CompletedLate += slots[2];
            counts.AwaitingDate += slots[4];
            counts.Cancelled += slots[5];
            if (due is { } soon && dueSoon is { } window && soon >= window.From && soon <= window.To) counts.DueSoon += slots[3];
            if (due is { } d && today > d)
            {
                counts.InProgressOverdue += slots[3];
                if (slots[3] > 0) counts.MaxDaysOverdue = Math.Max(counts.MaxDaysOverdue, today.DayNumber - d.DayNumber);
            }
            else
            {
                counts.InProgressOnTime += slots[3];
            }
        }
    }
}
