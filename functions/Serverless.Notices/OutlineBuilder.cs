namespace Serverless.Notices;

/// <summary>
/// Finds a notice's top-level items: "1." / "1)" numbering when there is any (Roman numerals are
/// sections, "a)", bullets and "1.1." fold into the item above), else "a)" items, else bullets, else
/// one unnumbered directive after an introduction such as "... chỉ đạo như sau:".
/// </summary>
internal static class OutlineBuilder
{
    private const int MaxAddresseeLines = 12;
    private const int MaxHeadingWords = 14;
    private static readonly string[] IntroWords = ["như sau", "kết luận", "chỉ đạo", "yêu cầu", "đề nghị", "ý kiến"];

    /// <summary>The outline, or null when the text has no items.</summary>
    public static NoticeOutline? Build(List<string> paragraphs)
    {
        var markers = paragraphs.Select(MarkerReader.Read).ToList();
        var bodyEnd = paragraphs.FindIndex(IsClosing);
        if (bodyEnd < 0)
            bodyEnd = paragraphs.Count;
        var (addressees, introEnd) = AddresseeBlock(paragraphs, markers, bodyEnd);

        var starts = Sequence(markers, introEnd, bodyEnd, MarkerKind.Arabic);
        if (starts.Count == 0)
            starts = Sequence(markers, introEnd, bodyEnd, MarkerKind.Letter);
        if (starts.Count == 0)
            starts = Bullets(paragraphs, markers, introEnd, bodyEnd);

        List<OutlineItem> items;
        int firstItem;
        if (starts.Count > 0)
        {
            items = Items(paragraphs, markers, starts, bodyEnd);
            firstItem = starts[0].Index;
        }
        else
        {
            var intro = LastIntroduction(paragraphs, introEnd, bodyEnd);
            if (intro < 0 && addressees.Length == 0)
                return null;
            firstItem = intro < 0 ? introEnd : intro + 1;
            var body = paragraphs.GetRange(firstItem, bodyEnd - firstItem);
            if (body.Count == 0)
                return null;
            items = [new OutlineItem(1, body)];
        }

        return new NoticeOutline(paragraphs.GetRange(0, firstItem), addressees, items, paragraphs.GetRange(bodyEnd, paragraphs.Count - bodyEnd));
    }

    private static bool IsClosing(string paragraph) =>
        paragraph.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase)
        || paragraph.StartsWith("Trên đây là", StringComparison.OrdinalIgnoreCase);

    // "Kính gửi: - Các Sở: ...; - UBND các phường: ..." runs over a few short lines or bullets.
    private static (string Text, int End) AddresseeBlock(List<string> paragraphs, List<LineMarker> markers, int bodyEnd)
    {
        var at = paragraphs.FindIndex(0, bodyEnd, p => p.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase));
        if (at < 0)
            return ("", 0);
        var first = paragraphs[at]["Kính gửi".Length..].TrimStart(':', ' ');
        var lines = new List<string>();
        if (first.Length > 0)
            lines.Add(first);
        var i = at + 1;
        for (; i < bodyEnd && lines.Count < MaxAddresseeLines; i++)
        {
            var kind = markers[i].Kind;
            if (kind is MarkerKind.Arabic or MarkerKind.Roman)
                break;
            var continues = kind == MarkerKind.Bullet || lines.Count == 0 || lines[^1].EndsWith(',') || lines[^1].EndsWith(':');
            if (!continues)
                break;
            lines.Add(paragraphs[i]);
        }

        return (string.Join('\n', lines), i);
    }

    // Items numbered 1, 2, 3 ...; a restart at 1 (a new section) continues the count, a skipped number leaves room for an unnumbered item.
    private static List<(int Index, int Number)> Sequence(List<LineMarker> markers, int from, int to, MarkerKind kind)
    {
        var starts = new List<(int Index, int Number)>();
        var last = 0;
        var offset = 0;
        for (var i = from; i < to; i++)
        {
            if (markers[i].Kind != kind)
                continue;
            var n = markers[i].Number;
            if (n == last + 1 || (last > 0 && n == last + 2))
            {
                starts.Add((i, n + offset));
            }
            else if (n == 1 && last > 0)
            {
                offset = starts[^1].Number;
                starts.Add((i, 1 + offset));
            }
            else
            {
                continue;
            }

            last = n;
        }

        return starts;
    }

    private static List<(int Index, int Number)> Bullets(List<string> paragraphs, List<LineMarker> markers, int from, int to)
    {
        var first = markers.FindIndex(from, to - from, m => m.Kind == MarkerKind.Bullet);
        if (first < 0 || LastIntroduction(paragraphs, from, first) < 0)
            return [];
        var starts = new List<(int Index, int Number)>();
        for (var i = first; i < to; i++)
        {
            if (markers[i].Kind == MarkerKind.Bullet)
                starts.Add((i, starts.Count + 1));
        }

        return starts;
    }

    private static int LastIntroduction(List<string> paragraphs, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            var p = paragraphs[i];
            if (p.EndsWith(':') && IntroWords.Any(w => p.Contains(w, StringComparison.OrdinalIgnoreCase)))
                return i;
        }

        return -1;
    }

    private static List<OutlineItem> Items(List<string> paragraphs, List<LineMarker> markers, List<(int Index, int Number)> starts, int bodyEnd)
    {
        var items = new List<OutlineItem>();
        var topKind = markers[starts[0].Index].Kind;
        for (var s = 0; s < starts.Count; s++)
        {
            var (index, number) = starts[s];
            var isLast = s + 1 == starts.Count;
            var stop = isLast ? bodyEnd : starts[s + 1].Index;
            var section = markers.FindIndex(index + 1, stop - index - 1, m => m.Kind == MarkerKind.Roman && topKind != MarkerKind.Roman);
            if (section >= 0)
                stop = section;

            var lines = new List<string>();
            var next = index + 1;
            var rest = markers[index].Rest.Trim();
            if (rest.Length == 0 && next < stop)
                rest = paragraphs[next++];
            lines.Add(rest);
            for (var i = next; i < stop; i++)
                lines.Add(paragraphs[i]);

            if (isLast || section >= 0)
                lines = KeepOwnParagraphs(lines, topKind);

            // "1. ... 2. ... (unnumbered) 4." — the paragraph before the gap is item 3.
            if (!isLast && items.Count > 0 && number == items[^1].Number + 2 && SplitUnnumbered(items[^1]) is { } missing)
                items.Add(missing);
            items.Add(new OutlineItem(number, lines));
        }

        if (items.Count > 0 && markers[starts[^1].Index].Kind == topKind)
            items.AddRange(TrailingAssignments(paragraphs, markers, starts[^1].Index, bodyEnd, items[^1]));
        return items;
    }

    // The last item ends where its own text ends: its sub-items, or a heading's first body paragraph; a closing remark is not part of it.
    private static List<string> KeepOwnParagraphs(List<string> lines, MarkerKind topKind)
    {
        var kept = new List<string> { lines[0] };
        var bodySeen = !LooksLikeHeading(lines[0]);
        for (var k = 1; k < lines.Count; k++)
        {
            var kind = MarkerReader.Read(lines[k]).Kind;
            if (kind is MarkerKind.Letter or MarkerKind.Bullet or MarkerKind.SubArabic || (kind == MarkerKind.Arabic && topKind != MarkerKind.Arabic))
            {
                kept.Add(lines[k]);
                bodySeen = true;
                continue;
            }

            if (bodySeen)
                break;
            kept.Add(lines[k]);
            bodySeen = true;
        }

        return kept;
    }

    private static OutlineItem? SplitUnnumbered(OutlineItem previous)
    {
        for (var k = previous.Lines.Count - 1; k >= 1; k--)
        {
            if (MarkerReader.Read(previous.Lines[k]).Kind != MarkerKind.None)
                continue;
            var moved = previous.Lines.GetRange(k, previous.Lines.Count - k);
            previous.Lines.RemoveRange(k, previous.Lines.Count - k);
            return new OutlineItem(previous.Number + 1, moved);
        }

        return null;
    }

    // "Giao Sở ... " after the last item is one more (unnumbered) directive.
    private static IEnumerable<OutlineItem> TrailingAssignments(List<string> paragraphs, List<LineMarker> markers, int lastStart, int bodyEnd, OutlineItem last)
    {
        var number = last.Number;
        var seen = last.Lines.Count;
        for (var i = lastStart + seen; i < bodyEnd; i++)
        {
            if (markers[i].Kind == MarkerKind.None && paragraphs[i].StartsWith("Giao ", StringComparison.Ordinal))
                yield return new OutlineItem(++number, [paragraphs[i]]);
        }
    }

    private static bool LooksLikeHeading(string line)
    {
        var trimmed = line.TrimEnd();
        return !trimmed.EndsWith('.') && !trimmed.EndsWith(';') && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords;
    }
}
