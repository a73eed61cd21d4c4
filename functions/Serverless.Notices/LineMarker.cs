namespace Serverless.Notices;

/// <summary>The numbering at the start of a paragraph.</summary>
/// <param name="Kind">Roman section, "1." / "1)", "1.1.", "a)", bullet, or none.</param>
/// <param name="Number">The number (a Roman numeral's value, a letter's place in the Vietnamese alphabet).</param>
/// <param name="Rest">The paragraph without its numbering.</param>
internal sealed record LineMarker(MarkerKind Kind, int Number, string Rest);
