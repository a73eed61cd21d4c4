namespace Serverless.Tracking;

/// <summary>The kinds of body a directory holds, with their Vietnamese labels.</summary>
public static class AgencyKinds
{
    /// <summary>Sở, ban, ngành of the province.</summary>
    public const string Department = "so-ban-nganh";

    /// <summary>Ủy ban nhân dân cấp huyện (districts, towns, cities of the province before the 2025 reorganisation).</summary>
    public const string District = "ubnd-cap-huyen";

    /// <summary>Ủy ban nhân dân cấp xã (communes, wards, towns).</summary>
    public const string Commune = "ubnd-cap-xa";

    /// <summary>Đảng bộ, ban đảng, ban cán sự đảng, đảng đoàn.</summary>
    public const string Party = "dang";

    /// <summary>Mặt trận Tổ quốc and the mass organisations (đoàn thể).</summary>
    public const string MassOrganisation = "doan-the";

    /// <summary>Lực lượng vũ trang: Công an, Quân sự, Biên phòng.</summary>
    public const string ArmedForces = "luc-luong-vu-trang";

    /// <summary>Central bodies with a presence in the province (Trung ương).</summary>
    public const string Central = "trung-uong";

    /// <summary>The leadership and its office.</summary>
    public const string Leadership = "lanh-dao";

    /// <summary>Every kind with its Vietnamese label.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Department] = "Sở, ban, ngành",
        [District] = "UBND cấp huyện",
        [Commune] = "UBND cấp xã",
        [Party] = "Đảng bộ, ban đảng",
        [MassOrganisation] = "Mặt trận, đoàn thể",
        [ArmedForces] = "Lực lượng vũ trang",
        [Central] = "Trung ương",
        [Leadership] = "Lãnh đạo, văn phòng",
    };

    /// <summary>True for a known kind.</summary>
    public static bool IsKnown(string? kind) => kind is not null && Labels.ContainsKey(kind);
}
