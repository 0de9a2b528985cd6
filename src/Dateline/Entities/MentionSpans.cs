using Dateline.Cleaning;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Entities;

/// <summary>
/// Span repairs on the tagger's typed mentions, before <see cref="MentionConsistency"/>. Each repaired mention names
/// its rule in <see cref="Mention.Source"/> (<c>ner-perceptron/RULE</c>):
/// <list type="bullet">
/// <item><see cref="TrailingRule"/>: lower-case words and bare punctuation at the edge of a name are cut off
/// ("Gingrich cynically", "Minnesota Vikings -"); lower-case particles inside a name stay ("Bill de Blasio").</item>
/// <item><see cref="EntityTyping.HonorificRule"/>: an honorific the tagger gave a mention of its own ("Mr." | "Trump")
/// joins the name after it as one PERSON ("Mr. Trump"); with no name after it, it is no entity.</item>
/// <item><see cref="HyphenRule"/>: two mentions of one type joined by a hyphen without spaces are one
/// ("African-American", "Holtz-Eakin").</item>
/// <item><see cref="OfficeRule"/>: an office (<c>data/entities/office-titles.txt</c>) between a body and a person's name
/// ("Senate Majority Leader Mitch McConnell" as one ORG) splits into the body and the PERSON; an organisation or place
/// mention ending in an office next to a person ("Charlotte Mayor" | "Jennifer Roberts") loses the office.</item>
/// <item><see cref="GroupOfPlaceRule"/>: "Democrat of Vermont" as one mention is NORP "Democrat" and GPE "Vermont".</item>
/// <item><see cref="EntityTyping.OrganisationHeadRule"/>: a PERSON right before an untagged organisation head is that
/// organisation ("Clinton" | "Foundation" → ORG "Clinton Foundation").</item>
/// <item><see cref="PlaceInStateRule"/>: a LOC before a comma and a listed state is a GPE ("Herndon, Virginia").</item>
/// <item><see cref="HeadlineRule"/>: in a title-case headline (<see cref="HeadlineCase.IsTitleCase"/>, with no lower-case
/// word but the function words of <c>data/entities/headline-words.txt</c>) a mention keeps
/// only the parts the article's body also names, typed as the body types them ("Absurd Double Standard Clinton" →
/// "Clinton"; "Stealth" alone goes), unless the gazetteer lists the whole name.</item>
/// </list>
/// </summary>
public static class MentionSpans
{
    public const string TrailingRule = "trailing-words";
    public const string HyphenRule = "hyphen-join";
    public const string OfficeRule = "office-title";
    public const string HeadlineRule = "headline-fragment";
    public const string PlaceInStateRule = "place-in-state";
    public const string GroupOfPlaceRule = "group-of-place";

    private const ushort States = 1 << (int)GazetteerCategory.State;
    private const ushort Peoples = (1 << (int)GazetteerCategory.Demonym) | (1 << (int)GazetteerCategory.Group);
    private const ushort Political = (1 << (int)GazetteerCategory.Country) | States | (1 << (int)GazetteerCategory.City);

    private const ushort GivenNames = 1 << (int)GazetteerCategory.GivenName;
    private const ushort Surnames = 1 << (int)GazetteerCategory.Surname;

    private static readonly Lazy<HashSet<string>> Offices = new(
        () => LexiconFile.Lines("entities/office-titles.txt").ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly int OrgType = EntityLabels.TypeIndex("ORG");

    /// <summary>Loads the office list.</summary>
    public static void Preload() => _ = Offices.Value;

    /// <summary>Applies the repairs in order; <paramref name="sentences"/> are word ranges (for headlines).</summary>
    public static List<Mention> Apply(
        IReadOnlyList<string> words,
        IReadOnlyList<int> starts,
        IReadOnlyList<int> ends,
        IReadOnlyList<(int First, int End)> sentences,
        IReadOnlyList<Mention> mentions,
        Gazetteer gazetteer)
    {
        var result = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (TrimEdges(words, starts, ends, mention) is { } trimmed)
            {
                result.Add(trimmed);
            }
        }

        result = JoinHonorifics(words, result);
        result = JoinHyphenated(words, starts, ends, result);
        result = SplitOffices(words, result, gazetteer);
        result = SplitGroupOfPlace(words, result, gazetteer);
        result = ExtendToOrganisationHead(words, result);
        result = PlacesInStates(words, result, gazetteer);
        return KeepHeadlineParts(words, sentences, result, gazetteer);
    }

    private static string Rule(string rule) => $"{EntityRecognizer.ModelSource}/{rule}";

    private static Mention? TrimEdges(IReadOnlyList<string> words, IReadOnlyList<int> starts, IReadOnlyList<int> ends, Mention mention)
    {
        int first = mention.First, end = mention.End;
        while (first < end && !HasLetterOrDigit(words[first]))
        {
            first++;
        }

        while (end > first && (!HasLetterOrDigit(words[end - 1]) || (IsLowerCaseWord(words[end - 1]) && !IsHyphenatedNamePart(words, starts, ends, end - 1))))
        {
            end--;
        }

        if (first == end)
        {
            return null;
        }

        return first == mention.First && end == mention.End ? mention : mention with { First = first, End = end, Source = Rule(TrailingRule) };
    }

    private static List<Mention> JoinHonorifics(IReadOnlyList<string> words, List<Mention> mentions)
    {
        var result = new List<Mention>(mentions.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.End - mention.First != 1 || !EntityTyping.IsHonorific(words[mention.First]))
            {
                result.Add(mention);
                continue;
            }

            if (m + 1 < mentions.Count && mentions[m + 1].First == mention.End)
            {
                result.Add(new Mention(mention.First, mentions[m + 1].End, "PERSON", Rule(EntityTyping.HonorificRule)));
                m++;
            }
            else if (mention.End < words.Count && NameWords.IsCapitalised(words[mention.End]) && !EntityTyping.IsHonorific(words[mention.End]))
            {
                result.Add(new Mention(mention.First, mention.End + 1, "PERSON", Rule(EntityTyping.HonorificRule)));
            }
        }

        return result;
    }

    private static List<Mention> JoinHyphenated(IReadOnlyList<string> words, IReadOnlyList<int> starts, IReadOnlyList<int> ends, List<Mention> mentions)
    {
        var result = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (result.Count > 0 && result[^1] is var previous && previous.Type == mention.Type && mention.First == previous.End + 1
                && words[previous.End] is "-" or "\u2013" or "\u2010" or "\u2011"
                && ends[previous.End - 1] == starts[previous.End] && ends[previous.End] == starts[mention.First])
            {
                result[^1] = new Mention(previous.First, mention.End, mention.Type, Rule(HyphenRule));
                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    private static List<Mention> SplitOffices(IReadOnlyList<string> words, List<Mention> mentions, Gazetteer gazetteer)
    {
        var result = new List<Mention>(mentions.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var following = m + 1 < mentions.Count ? mentions[m + 1] : null;
            if (mention.Type is "PERSON" or "NORP")
            {
                result.Add(mention);
                continue;
            }

            if (PersonAfterOffice(words, mention, following) is var (office, personEnd))
            {
                if (following is not null && personEnd == following.End)
                {
                    m++;
                }

                int body = OfficeRunStart(words, mention.First, office);
                if (body > mention.First)
                {
                    result.Add(Body(words, mention.First, body, gazetteer));
                }

                result.Add(new Mention(office + 1, personEnd, "PERSON", Rule(OfficeRule)));
                continue;
            }

            if (Offices.Value.Contains(words[mention.End - 1]) && m + 1 < mentions.Count && mentions[m + 1].First == mention.End
                && mentions[m + 1].Type == "PERSON")
            {
                int body = OfficeRunStart(words, mention.First, mention.End - 1);
                if (body > mention.First)
                {
                    result.Add(Body(words, mention.First, body, gazetteer));
                }

                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    /// <summary>
    /// The last office word inside the mention that a person's name follows to its end: the name opens with a listed
    /// given name or ends with a listed surname. A lone given name, or a name ending in an initial, takes the capitalised
    /// word after the mention, past initials ("Leader Mitch" | "McConnell", "Speaker Paul" | "D. Ryan"), or the PERSON
    /// mention that starts there.
    /// </summary>
    private static (int Office, int End)? PersonAfterOffice(IReadOnlyList<string> words, Mention mention, Mention? following)
    {
        for (int k = mention.End - 2; k >= mention.First; k--)
        {
            if (!Offices.Value.Contains(words[k]))
            {
                if (!NameWords.IsCapitalised(words[k]))
                {
                    return null;
                }

                continue;
            }

            bool given = EntityTyping.IsListedGivenName(words[k + 1]);
            bool surname = EntityTyping.IsListedSurname(words[mention.End - 1]);
            if (!given && !surname)
            {
                return null;
            }

            int end = mention.End, limit = Math.Min(words.Count, following?.First ?? words.Count);
            if ((end - (k + 1) == 1 && given) || NameWords.IsInitial(words[end - 1]))
            {
                int next = end;
                while (next < limit && NameWords.IsInitial(words[next]))
                {
                    next++;
                }

                if (following is { Type: "PERSON" } && next == following.First)
                {
                    end = following.End;
                }
                else if (next < limit && NameWords.IsCapitalised(words[next]))
                {
                    end = next + 1;
                }
            }

            return (k, end);
        }

        return null;
    }

    private static int OfficeRunStart(IReadOnlyList<string> words, int first, int office)
    {
        int start = office;
        while (start > first && Offices.Value.Contains(words[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static Mention Body(IReadOnlyList<string> words, int first, int end, Gazetteer gazetteer) =>
        new(first, end, EntityTyping.Map(OrgType, words, first, end, gazetteer).Type, Rule(OfficeRule));

    /// <summary>"Patrick J. Leahy, Democrat of Vermont": a party or people word, "of", a listed place is NORP + GPE.</summary>
    private static List<Mention> SplitGroupOfPlace(IReadOnlyList<string> words, List<Mention> mentions, Gazetteer gazetteer)
    {
        var result = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.End - mention.First >= 3 && words[mention.First + 1] == "of"
                && (gazetteer.CategoriesOf(words, mention.First, mention.First + 1) & Peoples) != 0
                && (gazetteer.CategoriesOf(words, mention.First + 2, mention.End) & Political) != 0)
            {
                result.Add(new Mention(mention.First, mention.First + 1, "NORP", Rule(GroupOfPlaceRule)));
                result.Add(new Mention(mention.First + 2, mention.End, "GPE", Rule(GroupOfPlaceRule)));
                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    /// <summary>
    /// "the Clinton Foundation" read as PERSON "Clinton" and an untagged "Foundation": a person followed by a capitalised
    /// organisation head (<c>data/entities/organisation-heads.txt</c>) no mention covers is that organisation.
    /// </summary>
    private static List<Mention> ExtendToOrganisationHead(IReadOnlyList<string> words, List<Mention> mentions)
    {
        var result = new List<Mention>(mentions.Count);
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            int nextFirst = m + 1 < mentions.Count ? mentions[m + 1].First : words.Count;
            if (mention.Type == "PERSON" && mention.End < words.Count && mention.End < nextFirst && EntityTyping.IsOrganisationHead(words[mention.End]))
            {
                result.Add(new Mention(mention.First, mention.End + 1, "ORG", Rule(EntityTyping.OrganisationHeadRule)));
                continue;
            }

            result.Add(mention);
        }

        return result;
    }

    /// <summary>"Williamsburg, Virginia", "Kenansville, N.C.": a LOC right before a comma and a listed state is a town.</summary>
    private static List<Mention> PlacesInStates(IReadOnlyList<string> words, List<Mention> mentions, Gazetteer gazetteer)
    {
        var result = new List<Mention>(mentions);
        for (int m = 0; m + 1 < result.Count; m++)
        {
            var (place, state) = (result[m], result[m + 1]);
            if (place.Type == "LOC" && state.First == place.End + 1 && words[place.End] == "," && state.Type == "GPE"
                && (EntityTyping.CategoriesOf(words, state.First, state.End, gazetteer) & States) != 0)
            {
                result[m] = place with { Type = "GPE", Source = Rule(PlaceInStateRule) };
            }
        }

        return result;
    }

    private static List<Mention> KeepHeadlineParts(IReadOnlyList<string> words, IReadOnlyList<(int First, int End)> sentences, List<Mention> mentions, Gazetteer gazetteer)
    {
        var headline = new bool[words.Count];
        bool any = false;
        foreach (var (first, end) in sentences)
        {
            var sentence = new List<string>(end - first);
            for (int i = first; i < end; i++)
            {
                sentence.Add(words[i]);
            }

            if (HeadlineCase.IsTitleCase(sentence) && sentence.All(w => w.Length == 0 || !char.IsLower(w[0]) || HeadlineCase.IsFunctionWord(w)))
            {
                any = true;
                Array.Fill(headline, true, first, end - first);
            }
        }

        if (!any)
        {
            return mentions;
        }

        var bodyTypes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        int longest = 0;
        foreach (var mention in mentions.Where(m => !headline[m.First]))
        {
            longest = Math.Max(longest, mention.End - mention.First);
            var counts = bodyTypes.TryGetValue(TextOf(words, mention.First, mention.End), out var found) ? found : bodyTypes[TextOf(words, mention.First, mention.End)] = [];
            counts[mention.Type] = counts.GetValueOrDefault(mention.Type) + 1;
        }

        var result = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!headline[mention.First] || bodyTypes.ContainsKey(TextOf(words, mention.First, mention.End))
                || (gazetteer.CategoriesOf(words, mention.First, mention.End) & ~(GivenNames | Surnames)) != 0)
            {
                result.Add(mention);
                continue;
            }

            for (int i = mention.First; i < mention.End;)
            {
                // No body name is longer than the longest body mention: a headline run of thousands of capitalised
                // words stays linear.
                int end = Math.Min(mention.End, i + longest);
                while (end > i && !bodyTypes.ContainsKey(TextOf(words, i, end)))
                {
                    end--;
                }

                if (end == i)
                {
                    i++;
                    continue;
                }

                var type = bodyTypes[TextOf(words, i, end)].OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
                result.Add(new Mention(i, end, type, Rule(HeadlineRule)));
                i = end;
            }
        }

        return result;
    }

    private static string TextOf(IReadOnlyList<string> words, int first, int end) =>
        end - first == 1 ? words[first] : string.Join(' ', Enumerable.Range(first, end - first).Select(i => words[i]));

    private static bool HasLetterOrDigit(string word)
    {
        foreach (char c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ki-moon", "Geun-hye": a lower-case word hyphened to the name before it is part of it, unless it reads as a
    /// participle ("Ivy League-trained", "Moscow-based").
    /// </summary>
    private static bool IsHyphenatedNamePart(IReadOnlyList<string> words, IReadOnlyList<int> starts, IReadOnlyList<int> ends, int index) =>
        index >= 2 && words[index - 1] is "-" && NameWords.IsCapitalised(words[index - 2])
        && ends[index - 2] == starts[index - 1] && ends[index - 1] == starts[index]
        && !words[index].EndsWith("ed", StringComparison.Ordinal) && !words[index].EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"cynically", "plans": lower case throughout ("iPhone" and "eBay" are names).</summary>
    private static bool IsLowerCaseWord(string word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
