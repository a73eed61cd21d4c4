namespace Serverless.Tracking;

/// <summary>Who receives each ladder level for one task, resolved when the task is created.</summary>
/// <param name="LeadAgency">Levels 0 and 1.</param>
/// <param name="SupervisingOffice">Level 2.</param>
/// <param name="Leadership">Level 3.</param>
/// <param name="Coordinating">Coordinating agencies: reminders of stages that include them, never escalations.</param>
public sealed record Recipients(
    string LeadAgency,
    string SupervisingOffice,
    string Leadership,
    IReadOnlyList<string>? Coordinating = null)
{
    /// <summary>The recipient of a ladder level.</summary>
    public string ForLevel(int level) => level switch
    {
        <= 1 => LeadAgency,
        2 => SupervisingOffice,
        _ => Leadership,
    };
}
