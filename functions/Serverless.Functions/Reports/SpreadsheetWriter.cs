using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Serverless.Functions.Reports;

/// <summary>Writes export sheets as an Excel workbook or as CSV (UTF-8 with a byte-order mark, for Excel).</summary>
public static class SpreadsheetWriter
{
    /// <summary>The media type of .xlsx files.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The media type of the CSV files.</summary>
    public const string CsvMediaType = "text/csv; charset=utf-8";

    /// <summary>A workbook with one worksheet per sheet, in order.</summary>
    public static byte[] Xlsx(IEnumerable<SheetContent> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in sheets) workbook[sheet.Name] = Rows(sheet);
        using var stream = new MemoryStream();
        stream.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>One sheet as CSV: title lines, header row, data rows.</summary>
    public static byte[] Csv(SheetContent sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        var configuration = new CsvConfiguration { StreamWriterFunc = s => new StreamWriter(s, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) };
        stream.SaveAs(Rows(sheet), printHeader: false, excelType: ExcelType.CSV, configuration: configuration);
        return stream.ToArray();
    }

    // MiniExcel takes the first row's keys as the columns, so every row carries every column (A, B, C ...).
    private static List<Dictionary<string, object?>> Rows(SheetContent sheet)
    {
        var width = Math.Max(1, Math.Max(sheet.Headers.Count, sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Length)));
        var columns = Enumerable.Range(0, width).Select(ColumnName).ToArray();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var line in sheet.Title) rows.Add(Row(columns, [line]));
        if (sheet.Title.Count > 0) rows.Add(Row(columns, []));
        rows.Add(Row(columns, sheet.Headers.Cast<object?>().ToArray()));
        rows.AddRange(sheet.Rows.Select(r => Row(columns, r)));
        return rows;
    }

    private static Dictionary<string, object?> Row(string[] columns, object?[] values)
    {
        var row = new Dictionary<string, object?>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++) row[columns[i]] = i < values.Length ? values[i] : null;
        return row;
    }

    private static string ColumnName(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : ColumnName(index / 26 - 1) + (char)('A' + index % 26);
}
