namespace Serverless.Notices;

/// <summary>Registry names and aliases as a word trie, so every position of a text is matched in one walk.</summary>
internal sealed class NameTrie
{
    private readonly Node root = new();

    public NameTrie(IEnumerable<RegistryEntry> entries, IReadOnlyDictionary<string, string[]> abbreviations)
    {
        foreach (var entry in entries)
        {
            Add(entry.Name, entry.Name, abbreviations);
            foreach (var alias in entry.Aliases ?? [])
                Add(alias, entry.Name, abbreviations);
        }
    }

    /// <summary>The longest registry name starting at <paramref name="index"/>: its end (exclusive token index) and canonical name.</summary>
    public (int End, string? Canonical) Match(IReadOnlyList<Token> tokens, int index)
    {
        var node = root;
        var bestEnd = -1;
        string? best = null;
        var i = index;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.LineBreak && i > index)
            {
                i++;
                continue;
            }

            if (!node.Children.TryGetValue(token.Key, out var next))
                break;
            node = next;
            i++;
            if (node.Canonical is not null)
            {
                bestEnd = i;
                best = node.Canonical;
            }
        }

        return (bestEnd, best);
    }

    /// <summary>The canonical name of a whole phrase, or null when the registry does not hold it.</summary>
    public string? Lookup(IReadOnlyList<Token> tokens)
    {
        var (end, canonical) = Match(tokens, 0);
        return end == tokens.Count ? canonical : null;
    }

    private void Add(string phrase, string canonical, IReadOnlyDictionary<string, string[]> abbreviations)
    {
        var node = root;
        foreach (var token in Tokenizer.Tokenize(phrase, abbreviations))
        {
            if (!node.Children.TryGetValue(token.Key, out var next))
                node.Children[token.Key] = next = new Node();
            node = next;
        }

        node.Canonical ??= canonical;
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public string? Canonical { get; set; }
    }
}
