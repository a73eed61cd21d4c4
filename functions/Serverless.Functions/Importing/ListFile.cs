using MiniExcelLibs;

namespace Serverless.Functions.Importing;

/// <summary>
/// The rows of a list the office uploads, CSV (UTF-8) or an Excel sheet (.xlsx, first sheet), read with MiniExcel with
/// the first row as header: each row a dictionary from header to cell. Shared by the agency and contact imports.
/// </summary>
public static class ListFile
{
    /// <summary>
    /// Up to <paramref name="maxRows"/> + 1 rows (one more than allowed, so the caller can tell a list too long), or
    /// null with the reason in <paramref name="problem"/> when the bytes are not a readable list.
    /// </summary>
    public static List<IDictionary<string, object?>>? Read(byte[] list, bool excel, int maxRows, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(list);
        try
        {
            using var stream = new MemoryStream(list, writable: false);
            problem = null;
            return [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: excel ? ExcelType.XLSX : ExcelType.CSV)
                .Cast<IDictionary<string, object?>>().Take(maxRows + 1)];
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException or IOException)
        {
            problem = excel ? "Không đọc được tệp Excel (.xlsx)." : "Không đọc được tệp CSV (UTF-8).";
            return null;
        }
    }

    /// <summary>The header names of <paramref name="records"/>, trimmed and lower-cased, by the key MiniExcel gave them.</summary>
    public static Dictionary<string, string> Columns(List<IDictionary<string, object?>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Count == 0 ? [] : records[0].Keys.ToDictionary(k => k, k => k.Trim().ToLowerInvariant(), StringComparer.Ordinal);
    }
}
