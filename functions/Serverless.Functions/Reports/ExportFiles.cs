using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Serverless.Tracking.Reporting;

namespace Serverless.Functions.Reports;

/// <summary>Export downloads: the file result and its ASCII file name.</summary>
public static class ExportFiles
{
    /// <summary>A download of <paramref name="content"/> named <paramref name="fileName"/>.</summary>
    public static IActionResult File(byte[] content, ExportFormat format, string fileName) =>
        new FileContentResult(content, format == ExportFormat.Csv ? SpreadsheetWriter.CsvMediaType : SpreadsheetWriter.XlsxMediaType)
        {
            FileDownloadName = fileName + (format == ExportFormat.Csv ? ".csv" : ".xlsx"),
        };

    /// <summary>"bao-cao-20260215-20260314".</summary>
    public static string ReportName(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return string.Create(CultureInfo.InvariantCulture, $"bao-cao-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}");
    }
}
