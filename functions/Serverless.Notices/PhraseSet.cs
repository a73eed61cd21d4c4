namespace Serverless.Notices;

/// <summary>A set of word phrases matched against tokens, longest first, forwards or backwards.</summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> byLast = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<string> phrases, IReadOnlyDictionary<string, string[]> abbreviations)
    {
        foreach (var phrase in phrases)
        {
            var keys = Tokenizer.Tokenize(phrase, abbreviations)
                .Where(t => t.Kind is TokenKind.Word or TokenKind.Comma or TokenKind.Dash)
                .Select(t => t.Key)
                .ToArray();
            if (keys.Length == 0)
                continue;
            Add(byFirst, keys[0], keys);
            Add(byLast, keys[^1], keys);
        }
    }

    /// <summary>Number of tokens of the longest phrase starting at <paramref name="index"/>, or 0.</summary>
    public int MatchForward(IReadOnlyList<Token> tokens, int index)
    {
        if (index >= tokens.Count || !byFirst.TryGetValue(tokens[index].Key, out var candidates))
            return 0;
        foreach (var phrase in candidates)
        {
            if (index + phrase.Length > tokens.Count)
                continue;
            var ok = true;
            for (var k = 1; k < phrase.Length && ok; k++)
                ok = tokens[index + k].Key == phrase[k];
            if (ok)
                return phrase.Length;
        }

        return 0;
    }

    /// <summary>Number of tokens of the longest phrase ending at <paramref name="index"/>, or 0.</summary>
    public int MatchBackward(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || !byLast.TryGetValue(tokens[index].Key, out var candidates))
            return 0;
        foreach (var phrase in candidates)
        {
            var start = index - phrase.Length + 1;
            if (start < 0)
                continue;
            var ok = true;
            for (var k = 0; k < phrase.Length - 1 && ok; k++)
                ok = tokens[start + k].Key == phrase[k];
            if (ok)
                return phrase.Length;
        }

        return 0;
    }

    private static void Add(Dictionary<string, List<string[]>> index, string key, string[] phrase)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(phrase);
        list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }
}
