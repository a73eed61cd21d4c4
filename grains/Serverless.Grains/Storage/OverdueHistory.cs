namespace Serverless.Grains.Storage;

/// <summary>
/// How many of an agency's tasks were overdue at the end of given days, from its counters. A task is overdue on day D
/// when D is after its due date and it was not completed by D. A task still open now was open then; a task completed
/// late was overdue from the day after its due date until its completion. So, on day D:
/// open tasks due before D + tasks completed late due before D − tasks completed late on or before D (those were all
/// due before D). Cancelled tasks count nowhere, as in the statistics; the due date is the one in force now.
/// </summary>
internal sealed class OverdueHistory(IReadOnlyList<DateOnly> days)
{
    private readonly int[] overdue = new int[days.Count];

    /// <summary>Tasks due on <paramref name="due"/>: <paramref name="open"/> still open, <paramref name="completedLate"/> completed late.</summary>
    public void AddDue(DateOnly due, int open, int completedLate)
    {
        for (var i = 0; i < days.Count; i++)
            if (days[i] > due) overdue[i] += open + completedLate;
    }

    /// <summary>Tasks completed late on <paramref name="completedOn"/>.</summary>
    public void AddLateCompletion(DateOnly completedOn, int count)
    {
        for (var i = 0; i < days.Count; i++)
            if (completedOn <= days[i]) overdue[i] -= count;
    }

    /// <summary>Per day asked for, the tasks overdue at its end.</summary>
    public IReadOnlyList<int> Counts => overdue;
}
