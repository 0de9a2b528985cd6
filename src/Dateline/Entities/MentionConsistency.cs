using Dateline.Entities.Gazetteers;

namespace Dateline.Entities;

/// <summary>One entity mention over tokens <c>[First, End)</c> before it becomes an <see cref="Entity"/>.</summary>
public sealed record Mention(int First, int End, string Type, string Source);

/// <summary>
/// Document-level repairs after tagging. A surname (or full name) of a multi-word PERSON stands for that person
/// everywhere in the article: a later bare "Blinken" the tagger missed or typed otherwise becomes PERSON. A
/// capitalised demonym or group word the tagger left untagged ("Israelis") becomes NORP.
/// </summary>
public static class MentionConsistency
{
    public const string SurnameSource = "ner-consistency";
    public const string PeopleSource = "gazetteer-norp";

    private const ushort PlacesAndOrgs =
        (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.City)
        | (1 << (int)GazetteerCategory.Region) | (1 << (int)GazetteerCategory.Org) | (1 << (int)GazetteerCategory.Media);

    public static List<Mention> Apply(IReadOnlyList<string> words, List<Mention> mentions, Gazetteer gazetteer)
    {
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in mentions.Where(m => m.Type == "PERSON" && m.End - m.First >= 2))
        {
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
        foreach (var mention in mentions)
        {
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
}
