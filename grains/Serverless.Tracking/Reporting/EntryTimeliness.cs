namespace Serverless.Tracking.Reporting;

/// <summary>The rule some provinces apply to their offices: a notice's tasks are entered within N working days (default 1) of its date of issue.</summary>
public static class EntryTimeliness
{
    /// <summary>The shipped allowance: one working day.</summary>
    public const int DefaultWorkingDays = 1;

    /// <summary>Judges one notice: entered on or before the <paramref name="allowedWorkingDays"/>-th working day after issue.</summary>
    public static NoticeEntry Evaluate(string noticeId, string noticeNumber, DateOnly? issuedOn, DateOnly enteredOn, WorkingDays workingDays,
        int allowedWorkingDays = DefaultWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        if (issuedOn is not { } issued) return new NoticeEntry(noticeId, noticeNumber, null, enteredOn, null, null);
        var after = enteredOn <= issued ? 0 : workingDays.Between(issued, enteredOn);
        return new NoticeEntry(noticeId, noticeNumber, issued, enteredOn, after, enteredOn <= workingDays.Add(issued, allowedWorkingDays));
    }
}
