using Dateline.Cleaning;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Entities;

/// <summary>
/// Maps the tagger's CoNLL types to the record's types: PER → PERSON; ORG → ORG (GPE for a bare country name); LOC → GPE when the gazetteer
/// lists the name as a country, state or city, else LOC; MISC → NORP when it is a demonym or a religious or
/// political group, else MISC. Five corrections override the tagger's type: a mention that opens with a personal
/// honorific ("Mr. Quiros") is a PERSON; a person that ends in an organisation's head noun ("Justice Department") is an
/// ORG; a listed given name and one more name ("Ava DuVernay") is a PERSON; one that is nothing but a listed demonym or
/// group ("Republicans", "Latinos") is NORP unless the lists also know it as a person's name or a place; and a MISC the
/// lists know as an organisation and no place ("the GOP nominee") is an ORG. An override names itself
/// (<see cref="HonorificRule"/>, <see cref="OrganisationHeadRule"/>, <see cref="GivenNameRule"/>,
/// <see cref="ListedGroupRule"/>, <see cref="ListedOrganisationRule"/>) so the record can say why the type differs from
/// the tagger's.
/// </summary>
public static class EntityTyping
{
    private const ushort Political = (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.City);
    private const ushort Peoples = (1 << (int)GazetteerCategory.Demonym) | (1 << (int)GazetteerCategory.Group);
    private const ushort Regions = 1 << (int)GazetteerCategory.Region;
    private const ushort Countries = 1 << (int)GazetteerCategory.Country;
    private const ushort Organisations = (1 << (int)GazetteerCategory.Org) | (1 << (int)GazetteerCategory.Media);

    private const ushort PeopleOrPlaces = (1 << (int)GazetteerCategory.Person) | (1 << (int)GazetteerCategory.GivenName)
        | (1 << (int)GazetteerCategory.Surname) | Political | Regions | Organisations;

    private static readonly Lazy<HashSet<string>> Honorifics = new(
        () => LexiconFile.Lines("entities/person-honorifics.txt").ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<HashSet<string>> OrganisationHeads = new(
        () => LexiconFile.Lines("entities/organisation-heads.txt").ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public const string HonorificRule = "honorific";
    public const string ListedGroupRule = "listed-group";
    public const string OrganisationHeadRule = "organisation-head";
    public const string GivenNameRule = "given-name";
    public const string ListedOrganisationRule = "listed-organisation";
    public const string TranscriptSpeakerRule = "transcript-speaker";

    private const ushort NotPersonal = Political | Regions | Organisations | Peoples;

    // The name lists as files: the gazetteer's GivenName and Surname bits also hold the first and last words of every
    // listed person ("The", "Air", "Miss"), too loose to retype a mention on their own.
    private static readonly Lazy<HashSet<string>> GivenNameList = new(
        () => LexiconFile.Lines("gazetteers/givenname.txt").ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<HashSet<string>> SurnameList = new(
        () => LexiconFile.Lines("gazetteers/surname.txt").ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the word lists the typing rules read.</summary>
    public static void Preload() =>
        _ = (Honorifics.Value, OrganisationHeads.Value, GivenNameList.Value, SurnameList.Value);

    /// <summary>Whether <c>data/gazetteers/givenname.txt</c> lists the word ("Ava", "Mitch").</summary>
    public static bool IsListedGivenName(string word) => GivenNameList.Value.Contains(word);

    /// <summary>Whether <c>data/gazetteers/surname.txt</c> lists the word ("Reid", "Tusk").</summary>
    public static bool IsListedSurname(string word) => SurnameList.Value.Contains(word);

    /// <summary>Whether <c>data/entities/organisation-heads.txt</c> lists the word ("Foundation", "Department").</summary>
    public static bool IsOrganisationHead(string word) => OrganisationHeads.Value.Contains(word);

    /// <summary>Whether the word is a personal honorific of <c>data/entities/person-honorifics.txt</c> ("Mr.", "Sen.").</summary>
    public static bool IsHonorific(string word) => Honorifics.Value.Contains(word);

    /// <summary>The record's type, and the override rule when one replaced the tagger's type (else null).</summary>
    public static (string Type, string? Override) Map(int conllType, IReadOnlyList<string> words, int first, int end, Gazetteer gazetteer)
    {
        if (end - first >= 2 && Honorifics.Value.Contains(words[first]))
        {
            return ("PERSON", EntityLabels.Types[conllType] == "PER" ? null : HonorificRule);
        }

        if (EntityLabels.Types[conllType] != "PER" && IsTranscriptSpeaker(words, first, end))
        {
            return ("PERSON", TranscriptSpeakerRule);
        }

        if (end - first >= 2 && EntityLabels.Types[conllType] == "PER" && OrganisationHeads.Value.Contains(words[end - 1]))
        {
            return ("ORG", OrganisationHeadRule);
        }

        if (EntityLabels.Types[conllType] != "PER" && IsGivenNameAndName(words, first, end, gazetteer))
        {
            return ("PERSON", GivenNameRule);
        }

        var categories = CategoriesOf(words, first, end, gazetteer);
        if ((categories & Peoples) != 0 && (categories & PeopleOrPlaces) == 0)
        {
            return ("NORP", EntityLabels.Types[conllType] == "MISC" ? null : ListedGroupRule);
        }

        // "the GOP nominee": an organisation the lists know, typed MISC before a noun, is still the organisation; so is
        // one the tagger read as a place ("S.E.C.", "E.U.", "the White House said").
        if (EntityLabels.Types[conllType] is "MISC" or "LOC" && (categories & Organisations) != 0 && (categories & (Political | Regions)) == 0)
        {
            return ("ORG", ListedOrganisationRule);
        }

        return (ByTaggerType(conllType, categories), null);
    }

    /// <summary>
    /// The speaker label of a transcript turn, '"WALLACE: Let's start with …"': a name in capitals opening a sentence
    /// (or after an opening quote) before a colon, whose last word is a listed surname or given name. The tagger reads
    /// such lines as headlines and called Chris Wallace an organisation; field labels ("NOTE:", "RE:") name no one.
    /// </summary>
    public static bool IsTranscriptSpeaker(IReadOnlyList<string> words, int first, int end)
    {
        if (end >= words.Count || words[end] != ":" || (first > 0 && words[first - 1] is not ("\"" or "“" or "." or "?" or "!")))
        {
            return false;
        }

        for (int i = first; i < end; i++)
        {
            if (words[i].Length < 2 || !words[i].All(char.IsUpper))
            {
                return false;
            }
        }

        string last = words[end - 1];
        string name = string.Concat(last[..1], last[1..].ToLowerInvariant());
        return IsListedSurname(name) || IsListedGivenName(name);
    }

    /// <summary>
    /// "Ava DuVernay", "Valerie J. Volcovici": a listed given name that is no surname, place or group, then at most an
    /// initial, then one capitalised word that ends no organisation and names no place or group; the lists do not
    /// know the whole as a place, organisation or group. Given names that are also surnames open company names
    /// ("Morgan Stanley", "Charles Schwab") and are left to the tagger.
    /// </summary>
    private static bool IsGivenNameAndName(IReadOnlyList<string> words, int first, int end, Gazetteer gazetteer)
    {
        int length = end - first;
        if (length != 2 && !(length == 3 && NameWords.IsInitial(words[first + 1])))
        {
            return false;
        }

        var last = words[end - 1];
        var given = words[first];
        return IsListedGivenName(given) && !IsListedSurname(given) && (gazetteer.CategoriesOf(words, first, first + 1) & NotPersonal) == 0
            && last.Length > 1 && char.IsUpper(last[0]) && !last.All(c => !char.IsLetter(c) || char.IsUpper(c))
            && !OrganisationHeads.Value.Contains(last)
            && (gazetteer.CategoriesOf(words, end - 1, end) & NotPersonal) == 0
            && (CategoriesOf(words, first, end, gazetteer) & NotPersonal) == 0;
    }

    private static string ByTaggerType(int conllType, ushort categories) =>
        EntityLabels.Types[conllType] switch
        {
            "PER" => "PERSON",
            // "US Secretary of State": CoNLL tags a country naming its government ORG; the record calls it GPE.
            "ORG" => (categories & Countries) != 0 && (categories & Organisations) == 0 ? "GPE" : "ORG",
            "LOC" => (categories & Political) != 0 && (categories & Regions) == 0 ? "GPE" : "LOC",
            _ => (categories & Peoples) != 0 ? "NORP" : "MISC",
        };

    /// <summary>Whether a single word is a demonym or group name (Israelis, Muslims), in any case.</summary>
    public static bool IsPeople(IReadOnlyList<string> words, int index, Gazetteer gazetteer) =>
        (CategoriesOf(words, index, index + 1, gazetteer) & Peoples) != 0;

    /// <summary>The gazetteer categories of the phrase, trying the exact form, then the case-folded one.</summary>
    public static ushort CategoriesOf(IReadOnlyList<string> words, int first, int end, Gazetteer gazetteer)
    {
        var exact = gazetteer.CategoriesOf(words, first, end);
        return exact != 0 ? exact : gazetteer.CategoriesOf(words, first, end, fold: true);
    }
}
