namespace Serverless.Functions.Agencies;

/// <summary>POST /api/agencies and PATCH /api/agencies/{code}: an agency's fields (on PATCH, only those given change).</summary>
public sealed class AgencyBody
{
    /// <summary>New code (POST only): 2-32 characters A-Z, 0-9, '-'.</summary>
    public string? Code { get; set; }
    /// <summary>Vietnamese name.</summary>
    public string? Name { get; set; }
    /// <summary>Kind: so-ban-nganh, ubnd-cap-huyen, ubnd-cap-xa, dang, doan-the, luc-luong-vu-trang, trung-uong, lanh-dao.</summary>
    public string? Kind { get; set; }
    /// <summary>Code of the supervising agency (level-2 escalations); empty string on PATCH clears it.</summary>
    public string? Supervisor { get; set; }
    /// <summary>Other names notices use for it (replaces the list on PATCH).</summary>
    public List<string?>? Aliases { get; set; }
}
