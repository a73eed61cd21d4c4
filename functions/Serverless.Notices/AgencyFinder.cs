namespace Serverless.Notices;

/// <summary>
/// Finds agency names in tokenized text: registry names first, then names by their shape
/// ("Sở ...", "Ban ...", "UBND xã ...", "huyện ...", distributive lists "UBND các phường: A, B").
/// </summary>
internal sealed class AgencyFinder(string text, IReadOnlyList<Token> tokens, NameTrie names, Lexicon lexicon)
{
    private const int MaxNameWords = 12;
    private int group;

    /// <summary>All names, left to right, none overlapping.</summary>
    public List<AgencyMention> FindAll()
    {
        var found = new List<AgencyMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (IsWord(i) && (FindListAt(i) ?? FindOneAt(i)) is { Count: > 0 } mentions)
            {
                found.AddRange(mentions);
                i = mentions[^1].End;
                group++;
                continue;
            }

            i++;
        }

        return found;
    }

    private List<AgencyMention>? FindOneAt(int i)
    {
        // A registry name wins over a longer shape: the shape would run on into the verb after the name.
        var best = Registry(i);
        if (best is not null)
            return [best];
        best = Council(i);
        if (best is not null)
            return [best];
        foreach (var candidate in new[] { Locality(i), Organization(i) })
        {
            if (candidate is not null && (best is null || candidate.End > best.End))
                best = candidate;
        }

        return best is null ? null : [best];
    }

    private List<AgencyMention>? FindListAt(int i) => CouncilList(i) ?? OrganizationList(i) ?? LocalityList(i) ?? SectorList(i);

    private AgencyMention? Registry(int i)
    {
        if (!tokens[i].Capitalized && tokens[i].Key != "các")
            return null;
        var (end, canonical) = names.Match(tokens, i);
        if (end < 0)
            return null;
        return Mention(i, ExtendWithPlace(end), canonical, generic: false);
    }

    private AgencyMention? Council(int i)
    {
        var head = tokens[i].Capitalized ? lexicon.CouncilHeads.MatchForward(tokens, i) : 0;
        if (head == 0)
            return null;
        var j = i + head;
        var unit = lexicon.LocalityUnits.MatchForward(tokens, j);
        if (unit > 0)
        {
            return Mention(i, ProperNameEnd(j + unit), null, generic: false);
        }

        if (Key(j) == "cấp" && lexicon.LocalityUnits.MatchForward(tokens, j + 1) is > 0 and var level)
            return Mention(i, j + 1 + level, null, generic: true);
        if (Key(j) == "các")
        {
            var end = UnitListEnd(j + 1, out _);
            return Mention(i, end > j + 1 ? end : j + 1, null, generic: true);
        }

        // "Huyện ủy Đồng Văn Cao"; "Đảng ủy Công an tỉnh" is the Party committee of a body.
        if (IsWord(j) && tokens[j].Capitalized)
        {
            if (!StartsKnownAgency(j))
                return Mention(i, ProperNameEnd(j), null, generic: false);
            if (tokens[i].Key == "đảng")
                return Mention(i, KnownAgencyEnd(j), null, generic: false);
        }

        return Mention(i, j, null, generic: false);
    }

    private AgencyMention? Locality(int i)
    {
        var unit = lexicon.LocalityUnits.MatchForward(tokens, i);
        if (unit == 0 || lexicon.PlaceBlockers.MatchBackward(tokens, i - 1) > 0)
            return null;
        var end = ProperNameEnd(i + unit);
        return end == i + unit ? null : Mention(i, end, null, generic: false);
    }

    private AgencyMention? Organization(int i)
    {
        if (!tokens[i].Capitalized)
            return null;
        var head = lexicon.OrganizationHeads.MatchForward(tokens, i);
        if (head == 0)
            return null;
        var j = i + head;
        var bare = lexicon.BareHeads.MatchForward(tokens, i) == head;
        if (JoinsByDash(j))
            j++;
        if (!IsWord(j) || (head == 1 && !tokens[j].Capitalized && !bare))
            return bare ? Mention(i, j, null, generic: false) : null;

        var k = j;
        while (k - j < MaxNameWords)
        {
            // "Phòng Tài chính - Kế hoạch", "Văn phòng - Thống kê": a dash between capitalised words stays in the name.
            if (JoinsByDash(k))
                k++;
            if (!IsWord(k))
                break;
            var token = tokens[k];
            if (token.Capitalized)
            {
                if (k > j && StartsKnownAgency(k))
                {
                    if (lexicon.ParentBodies.MatchForward(tokens, k) > 0)
                        k = KnownAgencyEnd(k);
                    break;
                }

                k++;
                continue;
            }

            // A name ends with its place: "Trung tâm Y tế huyện Cái Bè".
            if (lexicon.LocalityUnits.MatchForward(tokens, k) is > 0 and var unit && ProperNameEnd(k + unit) is var placeEnd && placeEnd > k + unit)
            {
                k = placeEnd;
                break;
            }

            // A proper name ("Hợp tác xã Nông nghiệp Tân Phúc") ends the body's name; a bare unit after it is still its level.
            if (k - 2 > j && tokens[k - 1].Capitalized && tokens[k - 2].Capitalized && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 2].Kind == TokenKind.Word)
            {
                k += lexicon.LocalityUnits.MatchForward(tokens, k);
                break;
            }

            if (lexicon.NameContinuations.MatchForward(tokens, k) is > 0 and var continuation)
            {
                k += continuation;
                continue;
            }

            if (token.Key == "và" && IsWord(k + 1) && tokens[k + 1].Capitalized && !StartsKnownAgency(k + 1) && lexicon.OrganizationHeads.MatchForward(tokens, k + 1) == 0)
            {
                k += 2;
                continue;
            }

            if (lexicon.NameStops.MatchForward(tokens, k) > 0)
                break;
            k++;
        }

        if (k == j && !bare)
            return null;
        return Mention(i, k, null, generic: NamesLevel(i, k));
    }

    // "Ban Quản lý dự án cấp xã" names a kind of body at every commune, not one body.
    private bool NamesLevel(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Key == "cấp" && lexicon.LocalityUnits.MatchForward(tokens, k + 1) > 0)
                return true;
        }

        return false;
    }

    private bool JoinsByDash(int k) =>
        Kind(k) == TokenKind.Dash && tokens[k].Key != "+" && k > 0 && tokens[k - 1].Kind == TokenKind.Word
        && IsWord(k + 1) && tokens[k + 1].Capitalized && !StartsKnownAgency(k + 1);

    private int KnownAgencyEnd(int k)
    {
        var (end, _) = names.Match(tokens, k);
        if (end > 0)
            return ExtendWithPlace(end);
        return Council(k)?.End ?? k;
    }

    // "UBND các phường: Yên Bái, Văn Phú" is two agencies, each "UBND phường ...".
    private List<AgencyMention>? CouncilList(int i)
    {
        var head = tokens[i].Capitalized ? lexicon.CouncilHeads.MatchForward(tokens, i) : 0;
        if (head == 0 || Key(i + head) != "các")
            return null;
        var unitStart = i + head + 1;
        var afterUnits = UnitListEnd(unitStart, out var firstUnitEnd);
        if (afterUnits == unitStart)
            return null;
        return ListAfter(afterUnits, properOnly: true) is { } elements
            ? Distribute(i, $"{Text(i, i + head)} {Text(unitStart, firstUnitEnd)}", elements)
            : null;
    }

    // "các Sở: Công Thương, Tài chính" is "Sở Công Thương" and "Sở Tài chính".
    private List<AgencyMention>? OrganizationList(int i)
    {
        if (tokens[i].Key != "các" || !IsWord(i + 1) || !tokens[i + 1].Capitalized)
            return null;
        var head = lexicon.OrganizationHeads.MatchForward(tokens, i + 1);
        if (head == 0)
            return null;
        var j = i + 1 + head;
        return ListAfter(j, properOnly: false) is { } elements
            ? Distribute(i, Text(i + 1, j), MergeRegistered(Text(i + 1, j), elements))
            : null;
    }

    // "các huyện: Cái Nước, Đầm Dơi" and "các xã A, B".
    private List<AgencyMention>? LocalityList(int i)
    {
        if (tokens[i].Key != "các")
            return null;
        var unit = lexicon.LocalityUnits.MatchForward(tokens, i + 1);
        if (unit == 0)
            return null;
        var j = i + 1 + unit;
        return ListAfter(j, properOnly: true) is { } elements ? Distribute(i, Text(i + 1, j), elements) : null;
    }

    // After a shared head, a colon makes even one name a list ("các xã: Tân Lập"); without one it takes two names.
    private List<(int Start, int End)>? ListAfter(int k, bool properOnly)
    {
        var colon = Kind(k) == TokenKind.Colon;
        var elements = ElementList(colon ? k + 1 : k, properOnly);
        return elements.Count == 0 || (!colon && elements.Count < 2) ? null : elements;
    }

    // "Ngành Công an, Quân sự, Biên phòng" names three bodies.
    private List<AgencyMention>? SectorList(int i)
    {
        var head = lexicon.SectorHeads.MatchForward(tokens, i);
        if (head == 0)
            return null;
        var elements = ElementList(i + head, properOnly: false);
        if (elements.Count == 0 || (elements.Count == 1 && !tokens[i].Capitalized))
            return null;
        var mentions = new List<AgencyMention>(elements.Count);
        for (var e = 0; e < elements.Count; e++)
        {
            var (start, end) = elements[e];
            var name = Text(start, end);
            mentions.Add(new AgencyMention(e == 0 ? i : start, end, name, names.Lookup(Tokenizer.Tokenize(name, null)), false, group));
        }

        return mentions;
    }

    private List<AgencyMention> Distribute(int headStart, string prefix, List<(int Start, int End)> elements)
    {
        var mentions = new List<AgencyMention>(elements.Count);
        for (var e = 0; e < elements.Count; e++)
        {
            var (start, end) = elements[e];
            var name = $"{prefix} {Text(start, end)}";
            var canonical = names.Lookup(Tokenizer.Tokenize(name, null));
            mentions.Add(new AgencyMention(e == 0 ? headStart : start, end, name, canonical, false, group));
        }

        return mentions;
    }

    // "Nông nghiệp và Môi trường" is one department when the registry says so, not two.
    private List<(int Start, int End)> MergeRegistered(string head, List<(int Start, int End)> elements)
    {
        var merged = new List<(int Start, int End)>(elements.Count);
        for (var e = 0; e < elements.Count; e++)
        {
            var current = elements[e];
            if (e + 1 < elements.Count && Key(current.End) == "và" && elements[e + 1].Start == current.End + 1)
            {
                var joined = $"{head} {Text(current.Start, elements[e + 1].End)}";
                if (names.Lookup(Tokenizer.Tokenize(joined, null)) is not null)
                {
                    merged.Add((current.Start, elements[e + 1].End));
                    e++;
                    continue;
                }
            }

            merged.Add(current);
        }

        return merged;
    }

    private List<(int Start, int End)> ElementList(int k, bool properOnly)
    {
        var elements = new List<(int Start, int End)>();
        while (IsWord(k) && tokens[k].Capitalized && !(elements.Count > 0 && StartsKnownAgency(k)))
        {
            var end = properOnly ? ProperNameEnd(k) : ElementEnd(k);
            if (end == k)
                break;
            elements.Add((k, end));
            k = end;
            if (Kind(k) == TokenKind.Comma)
            {
                k++;
                while (Kind(k) == TokenKind.LineBreak)
                    k++;
            }
            else if (Key(k) == "và")
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return elements;
    }

    private int ElementEnd(int k)
    {
        var e = k + 1;
        while (IsWord(e) && e - k < 8)
        {
            if (tokens[e].Capitalized ? StartsKnownAgency(e) : lexicon.NameStops.MatchForward(tokens, e) > 0)
                break;
            e++;
        }

        return e;
    }

    // Units joined by commas or "và": "xã, phường", "huyện, thị xã và thành phố".
    private int UnitListEnd(int k, out int firstUnitEnd)
    {
        firstUnitEnd = -1;
        var end = k;
        while (lexicon.LocalityUnits.MatchForward(tokens, k) is > 0 and var unit)
        {
            end = k + unit;
            if (firstUnitEnd < 0)
                firstUnitEnd = end;
            if ((Kind(end) == TokenKind.Comma || Key(end) == "và") && lexicon.LocalityUnits.MatchForward(tokens, end + 1) > 0)
                k = end + 1;
            else
                break;
        }

        if (firstUnitEnd < 0)
            firstUnitEnd = k;
        return end;
    }

    private int ExtendWithPlace(int end)
    {
        if (!IsWord(end))
            return end;
        var unit = lexicon.LocalityUnits.MatchForward(tokens, end);
        if (unit > 0)
        {
            var named = ProperNameEnd(end + unit);
            return named > end + unit ? named : end;
        }

        return tokens[end].Capitalized && !StartsKnownAgency(end) ? ProperNameEnd(end) : end;
    }

    private int ProperNameEnd(int j)
    {
        var k = j;
        while (IsWord(k) && (tokens[k].Capitalized || IsNumber(k)) && !StartsKnownAgency(k))
            k++;
        return k;
    }

    private bool StartsKnownAgency(int k) =>
        tokens[k].Capitalized && (names.Match(tokens, k).End > 0 || lexicon.CouncilHeads.MatchForward(tokens, k) > 0);

    private AgencyMention Mention(int start, int end, string? canonical, bool generic) =>
        new(start, end, Text(start, end), canonical ?? (end - start > 1 ? names.Lookup(Slice(start, end)) : null), generic, group);

    private List<Token> Slice(int start, int end)
    {
        var slice = new List<Token>(end - start);
        for (var k = start; k < end; k++)
            slice.Add(tokens[k]);
        return slice;
    }

    private string Text(int start, int end) => text[tokens[start].Start..tokens[end - 1].End].Replace('\n', ' ');

    private bool IsWord(int k) => k < tokens.Count && tokens[k].Kind == TokenKind.Word;

    private bool IsNumber(int k) => tokens[k].Key.All(char.IsDigit);

    private string? Key(int k) => k < tokens.Count ? tokens[k].Key : null;

    private TokenKind? Kind(int k) => k < tokens.Count ? tokens[k].Kind : null;
}
