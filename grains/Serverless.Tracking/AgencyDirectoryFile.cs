namespace Serverless.Tracking;

/// <summary>
/// The shape of agencies.json (the seed of a new deployment's directory, also read by the Bicep) and of the
/// directory as the office keeps it in Table Storage.
/// </summary>
public sealed class AgencyDirectoryFile
{
    /// <summary>Code of the leadership recipient (level 3).</summary>
    public string Leadership { get; set; } = "";

    /// <summary>Code of the default supervising office (level 2).</summary>
    public string SupervisingOffice { get; set; } = "";

    /// <summary>Every agency, the leadership and the office included.</summary>
    public List<Agency> Agencies { get; set; } = [];

    /// <summary>Named sets of agencies that notices address as one.</summary>
    public List<AgencyGroup> Groups { get; set; } = [];
}
