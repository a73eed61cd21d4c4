namespace Serverless.Notices;

/// <summary>Tells the date of a cited document ("Kế hoạch số 134/KH-UBND ngày 26/3/2026") from a date that is due.</summary>
internal static class Citation
{
    private const int Window = 90;

    /// <summary>True when the date at <paramref name="index"/> belongs to a document or event named just before it.</summary>
    public static bool IsBefore(string text, int index)
    {
        var start = Math.Max(0, index - Window);
        var window = text[start..index].TrimEnd();
        if (window.EndsWith("ngày", StringComparison.OrdinalIgnoreCase))
            window = window[..^4];
        return DeadlinePatterns.CitationBefore().IsMatch(window.TrimEnd());
    }
}
