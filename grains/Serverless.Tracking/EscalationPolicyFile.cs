namespace Serverless.Tracking;

/// <summary>The shape of escalation-policy.json: the deployment's reminder and escalation rules, as data.</summary>
public sealed class EscalationPolicyFile
{
    /// <summary>A name for this version of the policy; frozen into every task created under it.</summary>
    public string? Version { get; set; }

    /// <summary>Hour (Vietnam time, 0-23) at which a stage becomes due.</summary>
    public int? SendAtLocalHour { get; set; }

    /// <summary>The stages, in order.</summary>
    public List<EscalationStageFile?>? Stages { get; set; }

    /// <summary>After the last stage, repeat at its level every this many calendar days (0: never).</summary>
    public int? RepeatEveryDays { get; set; }

    /// <summary>Who receives levels 2 and 3: "supervisingOffice", "leadership" or an agency code.</summary>
    public Dictionary<string, string>? Recipients { get; set; }
}
