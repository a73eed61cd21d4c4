using System.Globalization;
using System.Text;

namespace Serverless.Notices;

/// <summary>Letter-level helpers for Vietnamese words: comparison keys, case, syllable shape.</summary>
internal static class VietnameseText
{
    // Old-style tone placement ("hoà", "uỷ") and new-style ("hòa", "ủy") must compare equal.
    private static readonly (string Old, string New)[] TonePlacement =
    [
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    private const string Vowels = "aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ";

    /// <summary>The comparison key of one word: lower case, new-style tone placement.</summary>
    public static string Key(string word)
    {
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        if (lower.Length < 2)
            return lower;
        var tail = lower.AsSpan(lower.Length - 2);
        foreach (var (old, replacement) in TonePlacement)
        {
            if (!tail.SequenceEqual(old))
                continue;
            if (old[0] == 'u' && lower.Length > 2 && lower[^3] == 'q')
                return lower;
            return string.Concat(lower.AsSpan(0, lower.Length - 2), replacement);
        }

        return lower;
    }

    /// <summary>The comparison key of a phrase: word keys joined by single spaces, punctuation dropped.</summary>
    public static string PhraseKey(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        foreach (var token in Tokenizer.Tokenize(phrase, null))
        {
            if (token.Kind != TokenKind.Word)
                continue;
            if (builder.Length > 0)
                builder.Append(' ');
            builder.Append(token.Key);
        }

        return builder.ToString();
    }

    /// <summary>True when the word starts with a capital letter.</summary>
    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>True when the word starts with a lower-case letter.</summary>
    public static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>True when every letter of the word is a capital and it has at least two letters.</summary>
    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
                continue;
            if (!char.IsUpper(c))
                return false;
            letters++;
        }

        return letters >= 2;
    }

    /// <summary>True when the word holds a Vietnamese vowel: a fragment without one cannot be a syllable.</summary>
    public static bool HasVowel(string word)
    {
        foreach (var c in word)
        {
            if (Vowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
