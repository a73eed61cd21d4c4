using System.Text.RegularExpressions;

namespace Serverless.Notices;

/// <summary>Reads the numbering of a paragraph: "II.", "3.", "3)", "3.1.", "a)", "đ)", "-", "+", "•".</summary>
internal static partial class MarkerReader
{
    private const string Letters = "abcdđeghiklmnopqrstuvxy";

    /// <summary>The paragraph's numbering, or <see cref="MarkerKind.None"/>.</summary>
    public static LineMarker Read(string line)
    {
        if (line.Length == 0)
            return new LineMarker(MarkerKind.None, 0, line);
        if (Roman().Match(line) is { Success: true } roman && RomanValue(roman.Groups["n"].Value) is > 0 and <= 30 and var value)
            return new LineMarker(MarkerKind.Roman, value, roman.Groups["rest"].Value);
        if (SubArabic().Match(line) is { Success: true } sub)
            return new LineMarker(MarkerKind.SubArabic, int.Parse(sub.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), sub.Groups["rest"].Value);
        if (Arabic().Match(line) is { Success: true } arabic)
            return new LineMarker(MarkerKind.Arabic, int.Parse(arabic.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), arabic.Groups["rest"].Value);
        if (Letter().Match(line) is { Success: true } letter)
            return new LineMarker(MarkerKind.Letter, Letters.IndexOf(letter.Groups["l"].Value, StringComparison.Ordinal) + 1, letter.Groups["rest"].Value);
        if (Bullet().Match(line) is { Success: true } bullet)
            return new LineMarker(MarkerKind.Bullet, 0, bullet.Groups["rest"].Value);
        return new LineMarker(MarkerKind.None, 0, line);
    }

    private static int RomanValue(string numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = Value(numeral[i]);
            total += i + 1 < numeral.Length && Value(numeral[i + 1]) > value ? -value : value;
        }

        return total;

        static int Value(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 1000 };
    }

    [GeneratedRegex(@"^(?<n>[IVXL]{1,6})\s*[.)]\s*(?<rest>(?:\p{Lu}|\d).*)?$", RegexOptions.None, 1000)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?\s+(?<rest>\D.*)$", RegexOptions.None, 1000)]
    private static partial Regex SubArabic();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.)]\s*(?<rest>[^\d\s].*)?$", RegexOptions.None, 1000)]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^(?<l>[abcdđeghiklmn])\s*\)\s*(?<rest>\S.*)$|^(?<l>[abcdđegh])\.\s+(?<rest>\p{Lu}.*)$", RegexOptions.None, 1000)]
    private static partial Regex Letter();

    [GeneratedRegex(@"^[-–—+•·]\s*(?<rest>\S.*)$", RegexOptions.None, 1000)]
    private static partial Regex Bullet();
}
