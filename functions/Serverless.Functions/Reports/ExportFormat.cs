namespace Serverless.Functions.Reports;

/// <summary>How a report or a list is sent.</summary>
public enum ExportFormat
{
    /// <summary>The API's JSON.</summary>
    Json = 0,
    /// <summary>An Excel workbook.</summary>
    Xlsx = 1,
    /// <summary>CSV, UTF-8 with a byte-order mark so Excel reads the diacritics.</summary>
    Csv = 2,
}
