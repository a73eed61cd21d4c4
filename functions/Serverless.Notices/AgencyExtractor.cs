namespace Serverless.Notices;

/// <summary>The agencies of one directive, each once, with the strongest role the directive gives it.</summary>
internal sealed class AgencyExtractor(AgencyRegistry registry, NameTrie names)
{
    private const int MaxHeadingWords = 14;
    private const int MaxHeadingQualifierWords = 6;

    /// <summary>Agencies of a directive whose lines are <paramref name="lines"/> (first line without its number).</summary>
    public List<ParsedAgency> Extract(IReadOnlyList<string> lines, IReadOnlyList<ParsedAgency> addressees)
    {
        var text = string.Join('\n', lines);
        var tokens = Tokenizer.Tokenize(text, registry.Abbreviations);
        var mentions = new AgencyFinder(text, tokens, names, registry.Lexicon).FindAll();

        var found = new List<ParsedAgency>();
        var body = mentions;
        var heading = lines.Count > 1 ? HeadingLeads(lines[0], tokens, mentions) : null;
        if (heading is not null)
        {
            found.AddRange(heading);
            body = [.. mentions.Where(m => tokens[m.Start].Start >= lines[0].Length)];
        }

        var resolver = new RoleResolver(tokens, registry.Lexicon, heading is not null);
        AgencyMention? previous = null;
        var previousRole = AgencyRole.Mentioned;
        foreach (var mention in body)
        {
            var role = resolver.Resolve(mention, previous, previousRole);
            previous = mention;
            previousRole = role;
            // An unnamed plural body in a "phối hợp với" list is as generic as "các cơ quan liên quan".
            var kept = mention.Generic && role == AgencyRole.Coordinating ? AgencyRole.Mentioned : role;
            found.Add(new ParsedAgency(mention.Name, kept, mention.Canonical));
        }

        if (!found.Any(a => a.Role == AgencyRole.Lead) && addressees.Count > 0 && !IsOnlyEvaluation(tokens))
            found.InsertRange(0, addressees);
        return Deduplicate(found);
    }

    // A heading line that is only a name ("1. Sở Công Thương", "7. UBND các xã, phường có cụm công nghiệp") names the item's lead.
    private static List<ParsedAgency>? HeadingLeads(string firstLine, List<Token> tokens, List<AgencyMention> mentions)
    {
        var line = firstLine.Trim().TrimEnd(':').TrimEnd();
        if (line.Length == 0 || line.EndsWith('.') || line.EndsWith(';'))
            return null;
        var lineTokens = tokens.Where(t => t.Start < firstLine.Length && t.Kind == TokenKind.Word).ToList();
        if (lineTokens.Count == 0 || lineTokens.Count > MaxHeadingWords)
            return null;
        var inLine = mentions.Where(m => tokens[m.Start].Start < firstLine.Length).ToList();
        if (inLine.Count == 0)
            return null;

        var uncovered = 0;
        var firstCovered = -1;
        for (var k = 0; k < tokens.Count && tokens[k].Start < firstLine.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
                continue;
            if (inLine.Any(m => k >= m.Start && k < m.End))
            {
                if (firstCovered < 0)
                    firstCovered = uncovered;
                continue;
            }

            if (tokens[k].Key is not ("các" or "đối" or "với" or "và"))
                uncovered++;
        }

        if (firstCovered != 0)
            return null;
        if (uncovered == 0)
        {
            return inLine.Count == 1
                ? [new ParsedAgency(StripPrefix(line), AgencyRole.Lead, inLine[0].Canonical)]
                : [.. inLine.Select(m => new ParsedAgency(m.Name, AgencyRole.Lead, m.Canonical))];
        }

        return inLine[0].Generic && uncovered <= MaxHeadingQualifierWords
            ? [new ParsedAgency(StripPrefix(line), AgencyRole.Lead, null)]
            : null;
    }

    private static string StripPrefix(string line) =>
        line.StartsWith("Đối với ", StringComparison.OrdinalIgnoreCase) ? line["Đối với ".Length..] : line;

    private bool IsOnlyEvaluation(List<Token> tokens)
    {
        var first = tokens.FindIndex(t => t.Kind == TokenKind.Word);
        if (first < 0 || registry.Lexicon.EvaluativeVerbs.MatchForward(tokens, first) == 0)
            return false;
        for (var k = first; k < tokens.Count; k++)
        {
            if (registry.Lexicon.DelegationTriggers.MatchForward(tokens, k) > 0)
                return false;
        }

        return true;
    }

    private List<ParsedAgency> Deduplicate(List<ParsedAgency> found)
    {
        var order = new List<string>();
        var best = new Dictionary<string, ParsedAgency>(StringComparer.Ordinal);
        foreach (var agency in found)
        {
            var key = registry.NameKey(agency.Name);
            if (key.Length == 0)
                continue;
            if (!best.TryGetValue(key, out var kept))
            {
                order.Add(key);
                best[key] = agency;
            }
            else if (agency.Role < kept.Role)
            {
                best[key] = kept with { Role = agency.Role };
            }
        }

        return [.. order.Select(k => best[k])];
    }
}
