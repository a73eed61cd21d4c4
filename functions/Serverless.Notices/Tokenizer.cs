namespace Serverless.Notices;

/// <summary>Splits text into words and punctuation; document codes ("34-NQ/TU") and dates stay one word.</summary>
internal static class Tokenizer
{
    /// <summary>Tokens of the text; abbreviations in <paramref name="abbreviations"/> expand to the words they stand for.</summary>
    public static List<Token> Tokenize(string text, IReadOnlyDictionary<string, string[]>? abbreviations)
    {
        var tokens = new List<Token>(text.Length / 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                i++;
                while (i < text.Length && (IsWordChar(text[i]) || IsJoiner(text, i)))
                    i++;
                AddWord(tokens, text, start, i, abbreviations);
                continue;
            }

            var kind = c switch
            {
                ',' => TokenKind.Comma,
                ';' => TokenKind.Semicolon,
                ':' => TokenKind.Colon,
                '.' or '!' or '?' or '…' => TokenKind.Period,
                '(' or '[' => TokenKind.OpenParen,
                ')' or ']' => TokenKind.CloseParen,
                '\n' => TokenKind.LineBreak,
                '-' or '–' or '—' or '+' or '•' => TokenKind.Dash,
                _ => char.IsWhiteSpace(c) ? (TokenKind?)null : TokenKind.Other,
            };
            if (kind is { } k)
                tokens.Add(new Token(i, i + 1, c.ToString(), k, false));
            i++;
        }

        return tokens;
    }

    private static void AddWord(List<Token> tokens, string text, int start, int end, IReadOnlyDictionary<string, string[]>? abbreviations)
    {
        var word = text[start..end];
        if (abbreviations is not null && abbreviations.TryGetValue(word, out var expansion))
        {
            foreach (var part in expansion)
                tokens.Add(new Token(start, end, part, TokenKind.Word, true));
            return;
        }

        tokens.Add(new Token(start, end, VietnameseText.Key(word), TokenKind.Word, VietnameseText.IsCapitalized(word)));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    // A joiner stays inside a word only between two word characters: "KH&ĐT", "32/2024/NĐ-CP", "1.000", "3,5".
    private static bool IsJoiner(string text, int i)
    {
        var c = text[i];
        if (c is not ('/' or '-' or '&' or '.' or ',' or '\'') || i + 1 >= text.Length || !IsWordChar(text[i + 1]) || !IsWordChar(text[i - 1]))
            return false;
        return c is not (',' or '.') || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) || (c == '.' && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]));
    }
}
