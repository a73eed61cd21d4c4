using Serverless.Notices;

namespace Serverless.Functions.Importing;

/// <summary>How the draft read one directive.</summary>
/// <param name="Number">The directive's number.</param>
/// <param name="ShortTitle">Its short title (also the title of each of its tasks).</param>
/// <param name="Groups">Groups among its addressees, each with the number of tasks it expands to; the clerk narrows a group by removing tasks.</param>
/// <param name="LeadSource">"text", "notice" (the notice's addressees, for an item with no subject) or "none".</param>
/// <param name="Tasks">Tasks the import would create for it.</param>
public sealed record DraftDirective(int Number, string ShortTitle, IReadOnlyList<GroupExpansion> Groups, string LeadSource, int Tasks);
