using System.Text.Json;
using System.Text.RegularExpressions;

namespace Serverless.Tracking;

/// <summary>
/// The deployment's escalation policy, loaded from escalation-policy.json and validated at start-up with an error
/// naming the bad entry. New tasks freeze <see cref="Ladder"/>; the recipients of levels 2 and 3 are resolved when a
/// task is created.
/// </summary>
public sealed partial class EscalationPolicy
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private EscalationPolicy(EscalationLadder ladder, string level2, string level3)
    {
        Ladder = ladder;
        Level2Recipient = level2;
        Level3Recipient = level3;
    }

    /// <summary>The ladder new tasks get.</summary>
    public EscalationLadder Ladder { get; }

    /// <summary>"supervisingOffice", "leadership" or an agency code.</summary>
    public string Level2Recipient { get; }

    /// <summary>"supervisingOffice", "leadership" or an agency code.</summary>
    public string Level3Recipient { get; }

    /// <summary>The built-in default (<see cref="DefaultLadder"/>, level 2 to the supervising office, level 3 to leadership).</summary>
    public static EscalationPolicy Default { get; } = new(DefaultLadder.Create(), "supervisingOffice", "leadership");

    /// <summary>Loads and validates a policy file; throws naming the bad entry.</summary>
    public static EscalationPolicy Load(string path, AgencyDirectory agencies)
    {
        EscalationPolicyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<EscalationPolicyFile>(File.ReadAllText(path), FileJson);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{Path.GetFileName(path)}: not valid JSON at {e.Path}: {e.Message}", e);
        }
        return From(file ?? throw new InvalidOperationException($"{Path.GetFileName(path)} is empty."), agencies, Path.GetFileName(path));
    }

    /// <summary>Validates a parsed policy.</summary>
    public static EscalationPolicy From(EscalationPolicyFile file, AgencyDirectory agencies, string source = "escalation-policy.json")
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(agencies);
        void Fail(string field, string message) => throw new InvalidOperationException($"{source}: {field}: {message}");

        if (string.IsNullOrWhiteSpace(file.Version) || file.Version.Length > 64) Fail("version", "required, at most 64 characters.");
        var hour = file.SendAtLocalHour ?? 8;
        if (hour is < 0 or > 23) Fail("sendAtLocalHour", "must be 0-23.");
        var repeat = file.RepeatEveryDays ?? 0;
        if (repeat is < 0 or > 365) Fail("repeatEveryDays", "must be 0-365.");
        if (file.Stages is not { Count: > 0 }) Fail("stages", "at least one stage is required.");

        var stages = new List<LadderStage>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Stages!.Count; i++)
        {
            var field = $"stages[{i}]";
            var s = file.Stages[i];
            if (s is null) { Fail(field, "must not be null."); continue; }
            if (s.Name is null || !StageName().IsMatch(s.Name)) Fail($"{field}.name", "required: 1-32 of a-z, 0-9 and '-'.");
            if (!names.Add(s.Name!)) Fail($"{field}.name", $"'{s.Name}' appears twice.");
            if (s.Offset is not { } offset || offset is < -365 or > 365) { Fail($"{field}.offset", "required, -365 to 365."); continue; }
            if (s.Level is not { } level || level is < 0 or > 3) { Fail($"{field}.level", "required, 0 (reminder) to 3 (leadership)."); continue; }
            if (level == 0 && offset > 0) Fail($"{field}.level", "a reminder (level 0) cannot come after the due date.");
            if (level > 0 && offset <= 0) Fail($"{field}.level", "an escalation (level 1-3) must come after the due date.");
            if (s.IncludeCoordinating && level > 0) Fail($"{field}.includeCoordinating", "only reminders go to coordinating agencies.");
            var unit = s.Unit switch
            {
                null or "calendarDays" => DayUnit.CalendarDays,
                "workingDays" => DayUnit.WorkingDays,
                _ => (DayUnit)(-1),
            };
            if ((int)unit < 0) Fail($"{field}.unit", "must be calendarDays or workingDays.");
            if (stages.Count > 0 && ApproximateDays(stages[^1]) >= ApproximateDays(new LadderStage(s.Name!, offset, level, unit)))
                Fail($"{field}.offset", "stages must be in increasing order of time.");
            stages.Add(new LadderStage(s.Name!, offset, level, unit, s.IncludeCoordinating));
        }

        var recipients = file.Recipients ?? [];
        foreach (var key in recipients.Keys.Where(k => k is not ("2" or "3")))
            Fail($"recipients.{key}", "only levels 2 and 3 can be redirected (levels 0 and 1 always go to the lead agency).");
        string Recipient(string level, string fallback)
        {
            var value = recipients.TryGetValue(level, out var v) ? v : fallback;
            if (value is not ("supervisingOffice" or "leadership") && !agencies.Contains(value))
                Fail($"recipients.{level}", $"'{value}' is neither supervisingOffice, leadership nor a known agency code.");
            return value;
        }

        return new EscalationPolicy(new EscalationLadder(stages, repeat, hour, file.Version!),
            Recipient("2", "supervisingOffice"), Recipient("3", "leadership"));
    }

    /// <summary>Who receives each level for a task led by <paramref name="leadAgency"/>.</summary>
    public Recipients RecipientsFor(AgencyDirectory agencies, string leadAgency, IReadOnlyList<string> coordinating)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var standard = agencies.RecipientsFor(leadAgency, coordinating);
        string Resolve(string rule) => rule switch
        {
            "supervisingOffice" => standard.SupervisingOffice,
            "leadership" => standard.Leadership,
            _ => rule,
        };
        return standard with { SupervisingOffice = Resolve(Level2Recipient), Leadership = Resolve(Level3Recipient) };
    }

    // Working days are at least calendar days apart, which is all the ordering check needs.
    private static int ApproximateDays(LadderStage stage) => stage.DayOffset;

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex StageName();
}
