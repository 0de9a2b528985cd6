using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A lower-case run of one to three words that the gazetteer lists, case-folded, as a country, city, state or region
/// ("punjab", "greater noida", "san francisco") and the tagger left outside every name is a location, in a document
/// written partly in lower case. Web text writes places so, where the tagger's case and name-list features say
/// nothing. The filters keep out the common words that share a place's spelling: a form the tag lexicon knows in lower
/// case as a common word ("china", "bay"), a function word ("state of", "the bottom"), a demonym or person name
/// ("german", "allen", "brittany"), a word of one or two letters ("wa", "ca"), and a word after a modifier ("a
/// chihuahua", "air asia", "my jersey") or after a name other than a place ("English rugby"), where it reads as a
/// common noun; after a place it is one too ("miramar florida").
/// </summary>
/// <remarks>
/// UNER EWT dev: 19 of 20 such runs are gold LOC (the session-15 model missed 59 LOC). UNER EWT train, which the model
/// has learnt, gives 4, none LOC ("los angeles online dating" as a site's name, "fiji rock"); eng.testa and GUM dev none.
/// </remarks>
public static class LowerCasePlaces
{
    private const ushort Places = (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.City)
        | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.Region);

    private const ushort PeopleAndPersons = (1 << (int)GazetteerCategory.Demonym) | (1 << (int)GazetteerCategory.Person)
        | (1 << (int)GazetteerCategory.GivenName) | (1 << (int)GazetteerCategory.Surname);

    private const int MaxWords = 3;

    /// <summary>Likeliest Penn tags of closed-class words: no listed place's word is one ("the bottom", "state of").</summary>
    private static readonly HashSet<string> FunctionTags =
        ["DT", "PDT", "IN", "CC", "PRP", "PRP$", "TO", "MD", "WDT", "WP", "WP$", "WRB", "EX", "POS", "RP", "UH", "CD"];

    /// <summary>Likeliest Penn tags of a word that makes the next one a common noun: a determiner, adjective or noun.</summary>
    private static readonly HashSet<string> ModifierTags = ["DT", "PDT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS", "NN", "NNS"];

    private static readonly int Location = EntityLabels.TypeIndex("LOC");

    /// <summary>Rewrites the BILOU labels of one document (its sentences' labels in order) in place.</summary>
    /// <param name="lexicon">The model's tag lexicon; without one (an older model) nothing changes.</param>
    /// <summary>One lower-case sign per this many sentences marks a document written in lower case.</summary>
    private const int MinLowerCaseShare = 10;

    public static void Tag(IReadOnlyList<IReadOnlyList<string>> sentences, Span<int> labels, Gazetteer gazetteer, NameLexicon lexicon)
    {
        if (lexicon.Count == 0)
        {
            return;
        }

        int lowerCaseSigns = 0, longestSentence = 0;
        foreach (var words in sentences)
        {
            longestSentence = Math.Max(longestSentence, words.Count);
            lowerCaseSigns += StartsInLowerCase(words) ? 1 : 0;
            for (int i = 0; i + 1 < words.Count; i++)
            {
                lowerCaseSigns += words[i] == "i" && words[i + 1].Length > 0 && char.IsLetter(words[i + 1][0]) ? 1 : 0;
            }
        }

        // Newswire has the odd sentence starting in lower case (an "iPhone", a cut quote); writing in lower case shows
        // in at least one sentence of ten. The folded gazetteer pass over a whole news article costs a third of the
        // tagger's time.
        if (lowerCaseSigns == 0 || lowerCaseSigns * MinLowerCaseShare < sentences.Count)
        {
            return;
        }

        Span<ushort> begins = longestSentence <= 256 ? stackalloc ushort[longestSentence] : new ushort[longestSentence];
        Span<ushort> insides = longestSentence <= 256 ? stackalloc ushort[longestSentence] : new ushort[longestSentence];
        int offset = 0;
        foreach (var words in sentences)
        {
            var sentence = labels.Slice(offset, words.Count);
            offset += words.Count;
            gazetteer.Match(words, fold: true, begins, insides);
            for (int i = 0; i < words.Count; i++)
            {
                // The writer leaves names in lower case only where another sentence, or this one before the run, starts
                // in lower case too, or "i" is written so ("i m fat"): newswire does neither ("pakistan" as a lone
                // heading of a scorecard), web text does.
                int length = (begins[i] & Places) != 0 && lowerCaseSigns > (i == 0 && StartsInLowerCase(words) ? 1 : 0)
                    ? PlaceAt(words, sentence, i, gazetteer, lexicon) : 0;
                if (length > 0)
                {
                    LabelSpans.Set(sentence, i, i + length, Location);
                    i += length - 1;
                }
            }
        }
    }

    private static bool StartsInLowerCase(IReadOnlyList<string> words) =>
        words.Count > 0 && words[0].Length > 0 && char.IsLower(words[0][0]);

    /// <summary>The number of words of the longest listed place starting at word <paramref name="start"/>, or 0.</summary>
    private static int PlaceAt(IReadOnlyList<string> words, Span<int> labels, int start, Gazetteer gazetteer, NameLexicon lexicon)
    {
        // The gazetteer first, as it turns nearly every word away; the tag lexicon (a binary search) only after it.
        int listed = 0, runLength = 0;
        for (int end = start + 1; end <= Math.Min(words.Count, start + MaxWords); end++)
        {
            string word = words[end - 1];
            if (labels[end - 1] != EntityLabels.Outside || word.Length < 3 || !IsLowerCaseWord(word))
            {
                break;
            }

            ushort categories = gazetteer.CategoriesOf(words, start, end, fold: true);
            if ((categories & Places) != 0 && (categories & PeopleAndPersons) == 0)
            {
                listed |= 1 << (end - start - 1);
                runLength = end - start;
            }
        }

        if (listed == 0 || (start > 0 && !MayPrecede(words[start - 1], labels[start - 1], lexicon)))
        {
            return 0;
        }

        int longest = 0;
        bool unknownWord = false;
        for (int k = 0; k < runLength; k++)
        {
            string? tag = LikeliestTag(words[start + k], lexicon);
            if (tag is not null && FunctionTags.Contains(tag))
            {
                break;
            }

            unknownWord |= tag is null;
            longest = unknownWord && (listed & (1 << k)) != 0 ? k + 1 : longest;
        }

        return longest;
    }

    private static bool MayPrecede(string word, int label, NameLexicon lexicon) => label == EntityLabels.Outside
        ? LikeliestTag(word, lexicon) is not { } tag || !ModifierTags.Contains(tag)
        : EntityLabels.TypeOf(label) == Location;

    /// <summary>
    /// The tag lexicon's likeliest Penn tag of the word in lower case; null when the lexicon lacks it or knows the
    /// lower-case form only as a proper noun ("chicago", "april": 18 such forms).
    /// </summary>
    private static string? LikeliestTag(string word, NameLexicon lexicon)
    {
        byte code = lexicon.Find(PhraseHash.OfToken(word, fold: true));
        return code == 0 || NameLexicon.ClassOf(code) == NameLexicon.ProperOnly ? null : NameLexicon.TagOf(code);
    }

    private static bool IsLowerCaseWord(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
