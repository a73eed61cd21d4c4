namespace Serverless.Tracking;

/// <summary>The shape of agencies.json: the one list of agencies the app, the Bicep and the tests share.</summary>
public sealed class AgencyDirectoryFile
{
    /// <summary>Code of the leadership recipient (level 3).</summary>
    public string Leadership { get; set; } = "";

    /// <summary>Code of the default supervising office (level 2).</summary>
    public string SupervisingOffice { get; set; } = "";

    /// <summary>Every agency, the leadership and the office included.</summary>
    public List<Agency> Agencies { get; set; } = [];
}
