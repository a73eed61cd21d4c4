namespace Serverless.Functions.Reports;

/// <summary>One sheet of an export: title lines above a header row and the data rows.</summary>
/// <param name="Name">Sheet name (at most 31 characters).</param>
/// <param name="Title">Lines written above the table (report title, issuing office, period).</param>
/// <param name="Headers">Vietnamese column headers.</param>
/// <param name="Rows">Cell values: strings (dates already dd/MM/yyyy), numbers, or null for an empty cell.</param>
public sealed record SheetContent(string Name, IReadOnlyList<string> Title, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);
