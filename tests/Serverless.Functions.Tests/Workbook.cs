using MiniExcelLibs;

namespace Serverless.Functions.Tests;

/// <summary>An exported .xlsx opened for assertions: each sheet as rows of cells by column letter.</summary>
public sealed class Workbook
{
    private readonly Dictionary<string, List<IDictionary<string, object?>>> sheets = new(StringComparer.Ordinal);

    public Workbook(byte[] content)
    {
        using var stream = new MemoryStream(content);
        foreach (var name in stream.GetSheetNames())
        {
            stream.Position = 0;
            sheets[name] = stream.Query(useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
        }
    }

    public IReadOnlyCollection<string> SheetNames => sheets.Keys;

    /// <summary>A cell's text ("A1"), or null when empty.</summary>
    public string? Cell(string sheet, string column, int row) =>
        sheets[sheet].Count >= row && sheets[sheet][row - 1].TryGetValue(column, out var value) && value is not null
            ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>The first row whose column holds the text, 1-based.</summary>
    public int RowWhere(string sheet, string column, string text) =>
        sheets[sheet].FindIndex(r => r.TryGetValue(column, out var v) && Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) == text) + 1;

    /// <summary>One row's cells in column order.</summary>
    public IReadOnlyList<string?> Row(string sheet, int row) =>
        sheets[sheet][row - 1].Values.Select(v => v is null ? null : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
