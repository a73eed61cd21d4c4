namespace Serverless.Notices;

/// <summary>
/// Decides an agency's role from the words before it in its clause: "giao X" and the subject of a
/// clause lead, "phối hợp với X" coordinates, "báo cáo X" / "của X" / "theo X" only mention it.
/// </summary>
/// <param name="tokens">The directive's tokens.</param>
/// <param name="lexicon">Trigger words.</param>
/// <param name="headingItem">True when the item's heading already names its lead: then only a sentence's own subject leads too, and "giao X" is the lead handing work on.</param>
internal sealed class RoleResolver(IReadOnlyList<Token> tokens, Lexicon lexicon, bool headingItem)
{
    private const int MaxListSegmentWords = 10;

    private enum Trigger
    {
        None,
        Prefix,
        Object,
        Lead,
        Coordinating,
    }

    /// <summary>The role the text gives <paramref name="mention"/>; a list continuing <paramref name="previous"/> shares its role.</summary>
    public AgencyRole Resolve(AgencyMention mention, AgencyMention? previous, AgencyRole previousRole)
    {
        if (previous is not null && (previous.Group == mention.Group || Continues(previous, mention)))
            return previousRole;
        if (previous is not null && lexicon.GoverningVerbs.MatchBackward(tokens, mention.Start - 1) is > 0 and var verb && previous.End == mention.Start - verb)
            return AgencyRole.Lead;
        return Scan(mention);
    }

    private bool Continues(AgencyMention previous, AgencyMention mention)
    {
        var gap = mention.Start - previous.End;
        if (gap is < 1 or > 3)
            return false;
        var joined = false;
        for (var k = previous.End; k < mention.Start; k++)
        {
            var token = tokens[k];
            if (token.Kind is not (TokenKind.Comma or TokenKind.LineBreak) && token.Key is not ("và" or "hoặc" or "cùng"))
                return false;
            joined |= token.Kind != TokenKind.LineBreak;
        }

        // A bare line break starts a new paragraph: a heading's place name does not hand its role to the next line's subject.
        return joined;
    }

    private AgencyRole Scan(AgencyMention mention)
    {
        var sawWord = false;
        var afterComma = false;
        var segmentWords = 0;
        string? segmentFirst = null;
        for (var j = mention.Start - 1; j >= 0; j--)
        {
            var token = tokens[j];
            // "Kỳ họp (...) HĐND tỉnh": a parenthesis in the middle of a phrase does not end the clause.
            if (token.Kind == TokenKind.CloseParen && OpeningParen(j) is >= 0 and var open)
            {
                j = open;
                sawWord = true;
                continue;
            }

            if (token.IsHardBoundary || token.Kind == TokenKind.Dash)
            {
                if (afterComma)
                    return Subject(mention, soft: true);
                return sawWord ? AgencyRole.Mentioned : Subject(mention, soft: token.Kind is TokenKind.OpenParen or TokenKind.Colon or TokenKind.CloseParen);
            }

            if (token.Kind == TokenKind.Comma)
            {
                if (!sawWord && !afterComma)
                {
                    afterComma = true;
                }
                else if (afterComma)
                {
                    if (!ListLike(segmentWords, segmentFirst))
                        return Subject(mention, soft: true);
                    segmentWords = 0;
                }

                continue;
            }

            if (token.Kind != TokenKind.Word)
                continue;

            var (trigger, length) = TriggerEndingAt(j);
            if (trigger == Trigger.Prefix)
            {
                j -= length - 1;
                continue;
            }

            if (trigger != Trigger.None)
            {
                if (afterComma && !ListLike(segmentWords, segmentFirst))
                    return Subject(mention, soft: true);
                return trigger switch
                {
                    Trigger.Coordinating => AgencyRole.Coordinating,
                    Trigger.Lead => headingItem && mention.Generic && lexicon.DelegationTriggers.MatchBackward(tokens, j) == length ? AgencyRole.Mentioned : AgencyRole.Lead,
                    _ => AgencyRole.Mentioned,
                };
            }

            sawWord = true;
            segmentWords++;
            segmentFirst = token.Key;
            if (afterComma && segmentWords > MaxListSegmentWords)
                return Subject(mention, soft: true);
        }

        return afterComma ? Subject(mention, soft: true) : sawWord ? AgencyRole.Mentioned : Subject(mention, soft: false);
    }

    // A comma-separated segment belongs to a list of bodies when it is short or starts "các"/"những".
    private static bool ListLike(int words, string? first) => words <= 2 || (words <= MaxListSegmentWords && first is "các" or "những");

    private AgencyRole Subject(AgencyMention mention, bool soft)
    {
        if (headingItem && soft)
            return AgencyRole.Mentioned;
        var next = mention.End;
        if (lexicon.EvaluativeVerbs.MatchForward(tokens, next) > 0)
            return AgencyRole.Mentioned;
        if (Key(next) == "phối" && Key(next + 1) == "hợp" && lexicon.CoordinatingTriggers.MatchForward(tokens, next) <= 2 && Key(next + 2) != "với")
            return AgencyRole.Coordinating;
        return AgencyRole.Lead;
    }

    private int OpeningParen(int close)
    {
        for (var k = close - 1; k >= 0; k--)
        {
            if (tokens[k].Kind == TokenKind.OpenParen)
                return k;
            if (tokens[k].Kind is TokenKind.CloseParen or TokenKind.LineBreak)
                return -1;
        }

        return -1;
    }

    private (Trigger Trigger, int Length) TriggerEndingAt(int j)
    {
        var best = (Trigger.None, 0);
        Consider(ref best, Trigger.Coordinating, lexicon.CoordinatingTriggers.MatchBackward(tokens, j));
        Consider(ref best, Trigger.Lead, lexicon.LeadTriggers.MatchBackward(tokens, j));
        Consider(ref best, Trigger.Object, lexicon.ObjectMarkers.MatchBackward(tokens, j));
        Consider(ref best, Trigger.Prefix, lexicon.SubjectPrefixes.MatchBackward(tokens, j));
        return best;
    }

    private static void Consider(ref (Trigger Trigger, int Length) best, Trigger trigger, int length)
    {
        if (length > best.Length)
            best = (trigger, length);
    }

    private string? Key(int k) => k < tokens.Count ? tokens[k].Key : null;
}
