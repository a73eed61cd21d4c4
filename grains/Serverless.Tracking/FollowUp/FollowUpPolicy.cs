using System.Text.Json;

namespace Serverless.Tracking.FollowUp;

/// <summary>
/// The deployment's follow-up policy, loaded from follow-up-policy.json and validated at start-up with an error naming
/// the bad entry. Both ladders are escalation ladders, validated by the same rules as escalation-policy.json.
/// </summary>
public sealed class FollowUpPolicy
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private FollowUpPolicy(int answerWithin, EscalationPolicy explanation, int quietAfter, EscalationPolicy quietProgress)
    {
        AnswerWithinWorkingDays = answerWithin;
        Explanation = explanation;
        QuietAfterWorkingDays = quietAfter;
        QuietProgress = quietProgress;
    }

    /// <summary>Working days given for an answer when the request names no date.</summary>
    public int AnswerWithinWorkingDays { get; }

    /// <summary>Ladder and recipients of unanswered explanation requests (offsets from the answer's due date).</summary>
    public EscalationPolicy Explanation { get; }

    /// <summary>Working days without a lead-agency report after which a task in progress is quiet.</summary>
    public int QuietAfterWorkingDays { get; }

    /// <summary>Ladder and recipients of quiet tasks (offsets from the day the task became quiet).</summary>
    public EscalationPolicy QuietProgress { get; }

    /// <summary>The built-in default: the shipped follow-up-policy.json's values.</summary>
    public static FollowUpPolicy Default { get; } = From(DefaultFile(), MinimalDirectory());

    /// <summary>The built-in default as a file: answer within 3 working days, quiet after 10, escalate 5 later.</summary>
    public static FollowUpPolicyFile DefaultFile() => new()
    {
        Version = "mac-dinh",
        Explanation = new ExplanationPolicyFile
        {
            AnswerWithinWorkingDays = 3,
            Ladder = new EscalationPolicyFile
            {
                Stages =
                [
                    new() { Name = "remind-1d", Offset = -1, Unit = "workingDays", Level = 0 },
                    new() { Name = "due-today", Offset = 0, Unit = "workingDays", Level = 0 },
                    new() { Name = "overdue-1d", Offset = 1, Unit = "workingDays", Level = 2 },
                    new() { Name = "overdue-3d", Offset = 3, Unit = "workingDays", Level = 3 },
                ],
            },
        },
        QuietProgress = new QuietProgressPolicyFile
        {
            QuietAfterWorkingDays = 10,
            Ladder = new EscalationPolicyFile
            {
                Stages =
                [
                    new() { Name = "remind", Offset = 0, Unit = "workingDays", Level = 0 },
                    new() { Name = "escalate", Offset = 5, Unit = "workingDays", Level = 2 },
                ],
            },
        },
    };

    /// <summary>Loads and validates a policy file; throws naming the bad entry.</summary>
    public static FollowUpPolicy Load(string path, AgencyDirectory agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        FollowUpPolicyFile? file;
        try
        {
            file = JsonSerializer.Deserialize<FollowUpPolicyFile>(File.ReadAllText(path), FileJson);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{Path.GetFileName(path)}: not valid JSON at {e.Path}: {e.Message}", e);
        }
        return From(file ?? throw new InvalidOperationException($"{Path.GetFileName(path)} is empty."), agencies, Path.GetFileName(path));
    }

    /// <summary>Validates a parsed policy; recipient redirects must name agencies of <paramref name="agencies"/>.</summary>
    public static FollowUpPolicy From(FollowUpPolicyFile file, AgencyDirectory agencies, string source = "follow-up-policy.json")
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(agencies);
        void Fail(string field, string message) => throw new InvalidOperationException($"{source}: {field}: {message}");

        if (string.IsNullOrWhiteSpace(file.Version) || file.Version.Length > 64) Fail("version", "required, at most 64 characters.");
        if (file.Explanation is null) Fail("explanation", "required.");
        if (file.QuietProgress is null) Fail("quietProgress", "required.");

        var answerWithin = file.Explanation!.AnswerWithinWorkingDays ?? 3;
        if (answerWithin is < 1 or > 60) Fail("explanation.answerWithinWorkingDays", "must be 1-60.");
        var quietAfter = file.QuietProgress!.QuietAfterWorkingDays ?? 10;
        if (quietAfter is < 1 or > 120) Fail("quietProgress.quietAfterWorkingDays", "must be 1-120.");

        return new FollowUpPolicy(
            answerWithin, Ladder(file.Explanation.Ladder, "explanation.ladder"),
            quietAfter, Ladder(file.QuietProgress.Ladder, "quietProgress.ladder"));

        EscalationPolicy Ladder(EscalationPolicyFile? ladder, string field)
        {
            if (ladder is null) Fail(field, "required.");
            // The ladders carry the file's version, so a request or watch shows which policy it was created under.
            var versioned = new EscalationPolicyFile
            {
                Version = ladder!.Version ?? file.Version,
                SendAtLocalHour = ladder.SendAtLocalHour,
                Stages = ladder.Stages,
                RepeatEveryDays = ladder.RepeatEveryDays,
                Recipients = ladder.Recipients,
            };
            return EscalationPolicy.From(versioned, agencies, $"{source}: {field}");
        }
    }

    // The built-in default redirects nobody, so any directory validates it; this one names just the two levels.
    private static AgencyDirectory MinimalDirectory() => new(new AgencyDirectoryFile
    {
        Leadership = "LANHDAO",
        SupervisingOffice = "VANPHONG",
        Agencies = [new Agency("LANHDAO", "Lãnh đạo", null), new Agency("VANPHONG", "Văn phòng", null)],
    });
}
