using System.Globalization;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>The Vietnamese titles of reports and exports.</summary>
public static class ReportTitles
{
    /// <summary>dd/MM/yyyy, as Vietnamese offices write dates.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ... Tháng 3/2026 (từ 15/02/2026 đến 14/03/2026)".</summary>
    public static string Title(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind == PeriodKind.Custom
            ? $"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO {period.Label.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}"
            : $"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO {period.Label.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))} (từ ngày {Date(period.From)} đến ngày {Date(period.To)})";
    }
}
