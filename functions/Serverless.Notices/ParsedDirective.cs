namespace Serverless.Notices;

/// <summary>One top-level numbered item of a notice, with its sub-items folded in.</summary>
/// <param name="Number">The item's own number in the notice.</param>
/// <param name="Text">The item's text without its number, sub-items on their own lines.</param>
/// <param name="Agencies">The agencies it names, each once, with the strongest role it gives them.</param>
/// <param name="Deadlines">Its time limits, in the order they appear.</param>
/// <param name="Conditional">True when its timing waits on an event ("khi có hướng dẫn ...").</param>
public sealed record ParsedDirective(
    int Number,
    string Text,
    IReadOnlyList<ParsedAgency> Agencies,
    IReadOnlyList<ParsedDeadline> Deadlines,
    bool Conditional);
