using System.Text;
using System.Text.RegularExpressions;

namespace Serverless.Notices;

/// <summary>
/// Turns text as it comes out of a PDF or a web page into paragraphs: NFC, no emphasis stars, no page
/// numbers, table cells on their own lines, and paragraphs that a page break cut in two joined again.
/// </summary>
internal static partial class TextCleaner
{
    private static readonly string[] ContinuationEndings = ["và", "với", "của", "cho", "các", "tại", "theo", "là", "về", "trong", "đến", "những", "hoặc", "để"];

    /// <summary>The text's paragraphs, trimmed, in order.</summary>
    public static List<string> Paragraphs(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '*' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '|' or '\r' or '\f' or '\u2028' or '\u2029':
                    cleaned.Append('\n');
                    break;
                case '\t' or '\u00A0' or '\u2007' or '\u202F':
                    cleaned.Append(' ');
                    break;
                default:
                    cleaned.Append(c);
                    break;
            }
        }

        var paragraphs = new List<string>();
        foreach (var raw in cleaned.ToString().Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0 || PageNumber().IsMatch(line))
                continue;
            if (paragraphs.Count > 0 && Continues(paragraphs[^1], line))
                paragraphs[^1] = Join(paragraphs[^1], line);
            else
                paragraphs.Add(line);
        }

        return paragraphs;
    }

    // A page break leaves the rest of a sentence starting in lower case, or after a dangling "và", "của", ",".
    private static bool Continues(string previous, string line)
    {
        if (MarkerReader.Read(line).Kind != MarkerKind.None)
            return false;
        if (VietnameseText.StartsLower(line))
            return true;
        if (previous.EndsWith(','))
            return true;
        var lastSpace = previous.LastIndexOf(' ');
        var lastWord = previous[(lastSpace + 1)..];
        return ContinuationEndings.Contains(lastWord, StringComparer.Ordinal);
    }

    private static string Join(string previous, string line)
    {
        if (previous.EndsWith('-') && previous.Length > 1 && char.IsLetter(previous[^2]) && VietnameseText.StartsLower(line))
            return string.Concat(previous.AsSpan(0, previous.Length - 1), line);
        var lastWord = previous[(previous.LastIndexOf(' ') + 1)..];
        var firstSpace = line.IndexOf(' ');
        var firstWord = firstSpace < 0 ? line : line[..firstSpace];
        // A syllable cut in two leaves a piece with no vowel ("tỉ" + "nh"): join without a space.
        var cutWord = char.IsLetter(previous[^1]) && char.IsLetter(line[0])
            && (!VietnameseText.HasVowel(lastWord) || !VietnameseText.HasVowel(TrimPunctuation(firstWord)));
        return cutWord ? previous + line : previous + " " + line;
    }

    private static string TrimPunctuation(string word) => word.TrimEnd(',', '.', ';', ':', ')', '”', '"');

    [GeneratedRegex(@"[ \u2000-\u200A\u3000]+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:\d{1,3}|[-–]\s*\d{1,3}\s*[-–]|(?:Trang|trang)\s+\d{1,3}(?:\s*/\s*\d{1,3})?)$", RegexOptions.None, 1000)]
    private static partial Regex PageNumber();
}
