namespace Serverless.Tracking.Reporting;

/// <summary>The reporting periods offices publish.</summary>
public enum PeriodKind
{
    /// <summary>Báo cáo tháng.</summary>
    Month = 0,
    /// <summary>Báo cáo quý.</summary>
    Quarter = 1,
    /// <summary>Báo cáo 6 tháng.</summary>
    HalfYear = 2,
    /// <summary>Báo cáo năm.</summary>
    Year = 3,
    /// <summary>Any from/to range.</summary>
    Custom = 4,
}
