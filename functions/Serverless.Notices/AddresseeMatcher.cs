using System.Text.RegularExpressions;
using Serverless.Tracking;

namespace Serverless.Notices;

/// <summary>
/// Maps names written in notices to the directory's agencies and groups, comparing name keys (NFC, case, old and new
/// tone placement, abbreviations such as UBND, CHQS or Sở KH&amp;ĐT spelled out, punctuation dropped). Every name and alias
/// of an active agency or group counts; a commune or district committee also answers to its bare place name
/// ("huyện Cái Bè"). Rebuilds its keys whenever the directory changes. Thread-safe.
/// </summary>
public sealed partial class AddresseeMatcher(AgencyDirectory directory, AgencyRegistry registry)
{
    private const string CommitteeKey = "ủy ban nhân dân ";
    private volatile KeyTable? table;

    /// <summary>The comparison key of a name.</summary>
    public string Key(string name) => registry.NameKey(name);

    /// <summary>
    /// The agency or group a name stands for: the one whose key equals the name's, else the only one whose key starts
    /// the name ("Sở Xây dựng tỉnh Tiền Giang" is "Sở Xây dựng"); null when none or several.
    /// </summary>
    public Addressee? Match(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var keys = Table();
        var key = StripPlural(Key(name));
        if (key.Length == 0)
            return null;
        if (keys.Exact.TryGetValue(key, out var exact))
            return exact.Count == 1 ? exact[0] : null;
        var partial = keys.Exact.Where(k => key.StartsWith(k.Key + " ", StringComparison.Ordinal)).ToList();
        var longest = partial.Count == 0 ? 0 : partial.Max(p => p.Key.Length);
        var candidates = partial.Where(p => p.Key.Length == longest).SelectMany(p => p.Value).Distinct().ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>Every agency or group whose name or an alias has exactly the key of <paramref name="name"/>.</summary>
    public IReadOnlyList<Addressee> Owners(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Table().Exact.TryGetValue(StripPlural(Key(name)), out var owners) ? owners : [];
    }

    /// <summary>
    /// Groups that open a sentence of a directive as its subject ("Các cấp, các ngành và các địa phương đẩy mạnh ..."):
    /// such phrases name everyone and the parser, rightly, reports no agency for them.
    /// </summary>
    public IReadOnlyList<Addressee> GroupSubjects(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = Table();
        var found = new List<Addressee>();
        // The speaker's remarks in parentheses ("(*Các cấp ủy ... cần ...*)") comment on the item; they do not address it.
        var plain = text;
        for (var depth = 0; depth < 3; depth++)
            plain = Parenthesis().Replace(plain, " ");
        foreach (var sentence in SentenceBreak().Split(plain))
        {
            var key = AssignmentVerb().Replace(Key(sentence), "");
            var match = keys.Groups.Where(g => key == g.Key || key.StartsWith(g.Key + " ", StringComparison.Ordinal))
                .OrderByDescending(g => g.Key.Length).Select(g => g.Group).FirstOrDefault();
            if (match is not null && !found.Contains(match))
                found.Add(match);
        }

        return found;
    }

    /// <summary>Every agency or group named anywhere in a text, longest names first, without overlaps, in text order.</summary>
    public IReadOnlyList<Addressee> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = Table();
        var padded = $" {Key(text)} ";
        var taken = new List<(int Start, int End, Addressee Who)>();
        foreach (var (key, who) in keys.Exact.Where(k => k.Value.Count == 1).Select(k => (k.Key, k.Value[0])).OrderByDescending(k => k.Key.Length))
        {
            var at = padded.IndexOf($" {key} ", StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + key.Length + 1;
                if (!taken.Any(t => at < t.End && t.Start < end))
                    taken.Add((at, end, who));
                at = padded.IndexOf($" {key} ", at + 1, StringComparison.Ordinal);
            }
        }

        return [.. taken.OrderBy(t => t.Start).Select(t => t.Who).Distinct()];
    }

    private KeyTable Table()
    {
        var current = table;
        var snapshot = directory.Current;
        if (current is not null && current.Version == snapshot.Version)
            return current;
        var built = Build(snapshot);
        table = built;
        return built;
    }

    private KeyTable Build(AgencyDirectorySnapshot snapshot)
    {
        var exact = new Dictionary<string, List<Addressee>>(StringComparer.Ordinal);
        var groups = new List<(string Key, Addressee Group)>();
        void Add(string name, Addressee who)
        {
            var key = StripPlural(Key(name));
            if (key.Length == 0)
                return;
            if (!exact.TryGetValue(key, out var list))
                exact[key] = list = [];
            if (!list.Contains(who))
                list.Add(who);
        }

        foreach (var agency in snapshot.Agencies.Where(a => !a.Retired))
        {
            var who = new Addressee(agency.Code, agency.Name, false);
            foreach (var name in agency.AliasList.Prepend(agency.Name))
            {
                Add(name, who);
                var key = Key(name);
                if (agency.KindOrDefault is AgencyKinds.Commune or AgencyKinds.District && key.StartsWith(CommitteeKey, StringComparison.Ordinal))
                    Add(key[CommitteeKey.Length..], who);
            }
        }

        foreach (var group in snapshot.Groups.Where(g => !g.Retired))
        {
            var who = new Addressee(group.Code, group.Name, true);
            foreach (var name in group.AliasList.Prepend(group.Name))
            {
                Add(name, who);
                groups.Add((StripPlural(Key(name)), who));
                groups.Add((Key(name), who));
            }
        }

        return new KeyTable(snapshot.Version, exact, groups);
    }

    // "Các Sở" and "Sở" are the same key: the plural marker says nothing about which body.
    private static string StripPlural(string key) => key.StartsWith("các ", StringComparison.Ordinal) ? key[4..] : key;

    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Parenthesis();

    // "Giao các sở, ngành ...", "Đề nghị UBND các xã ...": the group after the verb is the subject.
    [GeneratedRegex(@"^(?:giao|đề nghị|yêu cầu)\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AssignmentVerb();

    [GeneratedRegex(@"(?<=[.;!?])\s+|\n", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SentenceBreak();

    private sealed record KeyTable(long Version, Dictionary<string, List<Addressee>> Exact, List<(string Key, Addressee Group)> Groups);
}
