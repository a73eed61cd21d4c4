using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Serverless.Functions.Http;

namespace Serverless.Functions.Reports;

/// <summary>Reads the <c>format</c> (json, xlsx, csv) and, for CSV, the <c>sheet</c> (summary, tasks) parameters.</summary>
public static class ExportQuery
{
    /// <summary>The format asked for (json when absent), or the problem naming the field.</summary>
    public static IActionResult? Read(HttpRequest request, bool allowJson, out ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        format = allowJson ? ExportFormat.Json : ExportFormat.Xlsx;
        var text = request.Query["format"].ToString();
        if (text.Length == 0) return null;
        if (Enum.TryParse(text, ignoreCase: true, out format) && !int.TryParse(text, out _) && (allowJson || format != ExportFormat.Json)) return null;
        return ApiResults.Invalid("format", allowJson ? "Định dạng phải là json, xlsx hoặc csv." : "Định dạng phải là xlsx hoặc csv.");
    }

    /// <summary>True when the CSV should hold the tasks rather than the summary.</summary>
    public static IActionResult? ReadSheet(HttpRequest request, out bool tasks)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query["sheet"].ToString();
        tasks = text == "tasks";
        return text is "" or "summary" or "tasks" ? null : ApiResults.Invalid("sheet", "Bảng phải là summary hoặc tasks.");
    }
}
