using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Serverless.Functions.Auth;
using Serverless.Functions.Http;
using Serverless.Tracking;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>
/// Reads <c>period</c> ("2026-03", "2026-Q1", "2026-H1", "2026") or <c>from</c> and <c>to</c>, <c>agency</c> and
/// <c>noticeId</c>, answering a problem that names the field at fault. An agency's report is always its own.
/// </summary>
public static class PeriodicReportQueryReader
{
    /// <summary>The query, or the problem to answer with.</summary>
    public static (PeriodicReportQuery? Query, IActionResult? Problem) Read(HttpRequest request, Caller caller, CutOffRule rule, AgencyDirectory agencies)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(agencies);
        var (period, problem) = ReadPeriod(request, rule);
        if (problem is not null) return (null, problem);

        string? agency = request.Query["agency"];
        if (agency is not null && !agencies.Contains(agency)) return (null, ApiResults.Invalid("agency", $"Mã cơ quan không tồn tại: {agency}."));
        if (!caller.ReadsEverything)
        {
            if (agency is not null && agency != caller.Agency) return (null, ApiResults.NotFound($"Không có báo cáo của cơ quan '{agency}'."));
            agency = caller.Agency;
        }

        string? noticeId = request.Query["noticeId"];
        if (noticeId is not null && !TrackingIds.IsValidNoticeId(noticeId)) return (null, ApiResults.Invalid("noticeId", "Mã thông báo không hợp lệ."));
        return (new PeriodicReportQuery(period!, agency, noticeId), null);
    }

    private static (ReportPeriod? Period, IActionResult? Problem) ReadPeriod(HttpRequest request, CutOffRule rule)
    {
        string? name = request.Query["period"];
        string? fromText = request.Query["from"];
        string? toText = request.Query["to"];
        if (name is not null)
        {
            if (fromText is not null || toText is not null)
                return (null, ApiResults.Invalid("period", "Chọn kỳ báo cáo (period) hoặc khoảng ngày (from, to), không chọn cả hai."));
            return ReportPeriods.Parse(rule, name) is { } named
                ? (named, null)
                : (null, ApiResults.Invalid("period", "Kỳ báo cáo phải có dạng 2026-03 (tháng), 2026-Q1 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm)."));
        }
        if (fromText is null && toText is null)
            return (null, ApiResults.Invalid("period", "Cần kỳ báo cáo (period) hoặc khoảng ngày (from, to)."));
        if (!TryDate(fromText, out var from)) return (null, ApiResults.Invalid("from", "Ngày bắt đầu phải có dạng yyyy-MM-dd."));
        if (!TryDate(toText, out var to)) return (null, ApiResults.Invalid("to", "Ngày kết thúc phải có dạng yyyy-MM-dd."));
        if (from > to) return (null, ApiResults.Invalid("from", "Ngày bắt đầu phải không sau ngày kết thúc."));
        return ReportPeriods.ProblemWith(from, to) is { } message
            ? (null, ApiResults.Invalid("to", message))
            : (ReportPeriods.Custom(from, to), null);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
