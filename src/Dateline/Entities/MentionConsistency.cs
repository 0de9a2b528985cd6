using Dateline.Entities.Gazetteers;

namespace Dateline.Entities;

/// <summary>One entity mention over tokens <c>[First, End)</c> before it becomes an <see cref="Entity"/>.</summary>
public sealed record Mention(int First, int End, string Type, string Source);

/// <summary>
/// Document-level repairs after tagging. A surname (or full name) of a multi-word PERSON stands for that person
/// everywhere in the article: a later bare "Blinken" the tagger missed or typed otherwise becomes PERSON. A
/// capitalised demonym or group word the tagger left untagged ("Israelis") becomes NORP. Before that, a name typed
/// differently across the article takes its majority type, and an all-capitals PERSON the article never writes in
/// another case is an organisation's initials.
/// </summary>
public static class MentionConsistency
{
    public const string SurnameSource = "ner-consistency";
    public const string PeopleSource = "gazetteer-norp";
    public const string MajoritySource = "ner-consistency/majority";
    public const string AcronymSource = "ner-consistency/acronym";
    public const string RepeatSource = "ner-consistency/repeat";

    /// <summary>A name needs this many mentions in the article before their majority type overrules the rest.</summary>
    private const int MajorityMinimum = 3;

    private const ushort PlacesAndOrgs =
        (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.City)
        | (1 << (int)GazetteerCategory.Region) | (1 << (int)GazetteerCategory.Org) | (1 << (int)GazetteerCategory.Media);

    public static List<Mention> Apply(IReadOnlyList<string> words, List<Mention> mentions, Gazetteer gazetteer)
    {
        mentions = RepeatNames(words, AcronymsAreNoPeople(words, MajorityTypes(words, mentions)));
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Type == "PERSON" && m.End - m.First >= 2))
        {
            fullNames.Add(string.Join(' ', words.Skip(mention.First).Take(mention.End - mention.First)));
            var last = words[mention.End - 1];
            if (last.Length > 1 && char.IsUpper(last[0]))
            {
                surnames.Add(last);
            }
        }

        var covered = new Mention?[words.Count];
        foreach (var mention in mentions)
        {
            for (int i = mention.First; i < mention.End; i++)
            {
                covered[i] = mention;
            }
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var original in mentions)
        {
            var mention = TrimToKnownPerson(words, original, fullNames);
            bool single = mention.End - mention.First == 1;
            bool retype = single && mention.Type != "PERSON" && surnames.Contains(words[mention.First])
                && (EntityTyping.CategoriesOf(words, mention.First, mention.End, gazetteer) & PlacesAndOrgs) == 0;
            result.Add(retype ? mention with { Type = "PERSON", Source = SurnameSource } : mention);
        }

        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (covered[i] is not null || word.Length < 2 || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (surnames.Contains(word) && (EntityTyping.CategoriesOf(words, i, i + 1, gazetteer) & PlacesAndOrgs) == 0)
            {
                result.Add(new Mention(i, i + 1, "PERSON", SurnameSource));
            }
            else if (EntityTyping.IsPeople(words, i, gazetteer))
            {
                result.Add(new Mention(i, i + 1, "NORP", PeopleSource));
            }
        }

        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }

    /// <summary>
    /// The same name typed differently in one article ("Suu Kyi" PERSON eight times, ORG and LOC once each) takes the
    /// type of more than half of its mentions, when it has at least <see cref="MajorityMinimum"/>; the tagger reads each
    /// sentence on its own and a lone odd context should not win. GPE and NORP, which the gazetteer gave, stay: "in
    /// Cleveland" is a city however often the tagger reads the convention city as an ORG.
    /// </summary>
    private static List<Mention> MajorityTypes(IReadOnlyList<string> words, List<Mention> mentions)
    {
        var byName = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var name = NameOf(words, mention);
            if (!byName.TryGetValue(name, out var counts))
            {
                byName[name] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            counts[mention.Type] = counts.GetValueOrDefault(mention.Type) + 1;
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var counts = byName[NameOf(words, mention)];
            int total = counts.Values.Sum();
            var (type, count) = counts.MaxBy(c => c.Value);
            bool retype = counts.Count > 1 && total >= MajorityMinimum && count * 2 > total && mention.Type != type
                && mention.Type is not ("GPE" or "NORP");
            result.Add(retype ? mention with { Type = type, Source = MajoritySource } : mention);
        }

        return result;
    }

    /// <summary>
    /// "CFPB", "C2I" typed PERSON: a single all-capitals word is an organisation's initials unless the article also
    /// writes it in another case ("PENCE:" in a transcript beside "Pence") or it labels a transcript turn ("WALLACE:").
    /// Three letters alone are left to the tagger:
    /// people go by their initials too ("JFK", "FDR", "MLK").
    /// </summary>
    private static List<Mention> AcronymsAreNoPeople(IReadOnlyList<string> words, List<Mention> mentions)
    {
        var otherCase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            for (int i = mention.First; i < mention.End; i++)
            {
                if (words[i].Any(char.IsLower))
                {
                    otherCase.Add(words[i].ToUpperInvariant());
                }
            }
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var word = words[mention.First];
            bool acronym = mention.Type == "PERSON" && mention.End - mention.First == 1 && word.Count(char.IsUpper) >= 2
                && !word.Any(char.IsLower) && !otherCase.Contains(word) && !IsThreeInitials(word)
                && !EntityTyping.IsTranscriptSpeaker(words, mention.First, mention.End);
            result.Add(acronym ? mention with { Type = "ORG", Source = AcronymSource } : mention);
        }

        return result;
    }

    /// <summary>
    /// "Over the years, Patriot has played like a grandmaster": a name the tagger found at least twice in the article,
    /// always with one type, is that entity wherever else it stands untagged mid-sentence (after a lower-case word or a
    /// comma, bracket or dash, and not followed by another capitalised word, which would make it part of a longer name).
    /// </summary>
    private static List<Mention> RepeatNames(IReadOnlyList<string> words, List<Mention> mentions)
    {
        var byName = new Dictionary<string, (string Type, int Count, bool Mixed)>(StringComparer.Ordinal);
        var covered = new bool[words.Count];
        int longest = 0;
        foreach (var mention in mentions)
        {
            var name = NameOf(words, mention);
            byName[name] = byName.TryGetValue(name, out var seen)
                ? (seen.Type, seen.Count + 1, seen.Mixed || seen.Type != mention.Type)
                : (mention.Type, 1, false);
            longest = Math.Max(longest, mention.End - mention.First);
            Array.Fill(covered, true, mention.First, mention.End - mention.First);
        }

        var added = new List<Mention>();
        for (int i = 1; i < words.Count; i++)
        {
            if (covered[i] || words[i].Length < 2 || !char.IsUpper(words[i][0]) || !OpensMidSentence(words[i - 1]))
            {
                continue;
            }

            int limit = i;
            while (limit < words.Count && limit < i + longest && !covered[limit])
            {
                limit++;
            }

            for (int end = limit; end > i; end--)
            {
                if ((end < words.Count && NameWords.IsCapitalised(words[end]))
                    || !byName.TryGetValue(string.Join(' ', words.Skip(i).Take(end - i)), out var known) || known.Count < 2 || known.Mixed)
                {
                    continue;
                }

                added.Add(new Mention(i, end, known.Type, RepeatSource));
                i = end - 1;
                break;
            }
        }

        if (added.Count == 0)
        {
            return mentions;
        }

        var result = new List<Mention>(mentions.Count + added.Count);
        result.AddRange(mentions);
        result.AddRange(added);
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;
    }

    private static bool IsThreeInitials(string word) => word.Length == 3 && word.All(char.IsLetter);

    private static bool OpensMidSentence(string previous) =>
        previous.Length > 0 && (char.IsLower(previous[0]) || previous is "," or ";" or ":" or "(" or "-" or "\u2013" or "\u2014");

    private static string NameOf(IReadOnlyList<string> words, Mention mention) =>
        string.Join(' ', words.Skip(mention.First).Take(mention.End - mention.First));

    /// <summary>
    /// "US Secretary of State Antony Blinken" tagged ORG ends with a person named elsewhere in the article:
    /// keep just that person.
    /// </summary>
    private static Mention TrimToKnownPerson(IReadOnlyList<string> words, Mention mention, HashSet<string> fullNames)
    {
        if (mention.Type == "PERSON" || mention.End - mention.First < 3)
        {
            return mention;
        }

        for (int first = mention.First + 1; first <= mention.End - 2; first++)
        {
            if (fullNames.Contains(string.Join(' ', words.Skip(first).Take(mention.End - first))))
            {
                return new Mention(first, mention.End, "PERSON", SurnameSource);
            }
        }

        return mention;
    }
}
