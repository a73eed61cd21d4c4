namespace Serverless.Notices;

/// <summary>Who a directive's tasks go to, as the directory reads the parser's names.</summary>
/// <param name="Number">The directive's number.</param>
/// <param name="Leads">Lead agency codes, one task each: agencies named, then the members of the groups.</param>
/// <param name="Coordinating">Coordinating agency codes.</param>
/// <param name="Groups">The groups among the addressees, with their expansion.</param>
/// <param name="Unmatched">Lead or coordinating names the directory does not know.</param>
/// <param name="LeadSource">"text" (the directive names them), "notice" (the notice's addressees, for an item with no subject) or "none".</param>
public sealed record DirectivePlan(
    int Number,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Coordinating,
    IReadOnlyList<GroupExpansion> Groups,
    IReadOnlyList<string> Unmatched,
    string LeadSource);
