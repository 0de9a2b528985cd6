using Dateline.Cleaning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// Gives the tagger a title-case headline ("Wealthy Voters Abandon Republican Party") in running-text case: inside
/// such a sentence, a capitalised word that the rest of the document writes only in lower case, or a function word of
/// <c>data/entities/headline-words.txt</c>, is lower-cased ("wealthy voters abandon Republican Party"), so the
/// headline's capitals stop reading as one long name. Words the document also capitalises mid-sentence, the first
/// word and all-caps words keep their case. The tagger sees the changed words only; entity offsets and text come from
/// the tokens as read.
/// </summary>
public static class HeadlineCase
{
    /// <summary>Without a capitalised function word, a headline needs this many words of four or more letters.</summary>
    private const int MinLongWords = 5;

    private static readonly Lazy<HashSet<string>> FunctionWords = new(
        () => LexiconFile.Lines("entities/headline-words.txt").ToHashSet(StringComparer.OrdinalIgnoreCase),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<IReadOnlyList<string>> Normalize(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        bool[]? headline = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            if (IsTitleCase(sentences[s]))
            {
                headline ??= new bool[sentences.Count];
                headline[s] = true;
            }
        }

        if (headline is null)
        {
            return sentences;
        }

        var (lower, capitalised) = CaseElsewhere(sentences, headline);
        var result = new IReadOnlyList<string>[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            result[s] = headline[s] ? Lowered(sentences[s], lower, capitalised) : sentences[s];
        }

        return result;
    }

    /// <summary>
    /// Whether the sentence is written in title case: a capitalised function word after its first word ("… Clinton
    /// And Trump …", "Headed To ER") other than an article, which also opens names ("The Hague"); or at least five
    /// words of four or more letters, none in lower case and most not all caps, and no comma, parenthesis or number.
    /// Name-dense running text ("on the New York Stock Exchange") has too few long words or a lower-case one, and
    /// lists of names and results have commas, parentheses or numbers.
    /// </summary>
    public static bool IsTitleCase(IReadOnlyList<string> words)
    {
        int longWords = 0, lowerWords = 0, capsWords = 0;
        bool listLike = false;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            listLike |= word is "," or "(" || (word.Length > 0 && char.IsDigit(word[0]));
            if (i > 0 && !OpensAPhrase(words[i - 1]) && word.Length > 1 && char.IsUpper(word[0]) && !WordShape.IsAllCaps(word)
                && !IsArticle(word) && FunctionWords.Value.Contains(word))
            {
                return true;
            }

            if (word.Length < 4 || !IsLetters(word))
            {
                continue;
            }

            longWords++;
            if (char.IsLower(word[0]))
            {
                lowerWords++;
            }
            else if (WordShape.IsAllCaps(word))
            {
                capsWords++;
            }
        }

        return !listLike && longWords >= MinLongWords && lowerWords == 0 && capsWords * 2 < longWords;
    }

    /// <summary>Whether <c>data/entities/headline-words.txt</c> lists the word, in any case ("to", "And").</summary>
    public static bool IsFunctionWord(string word) => FunctionWords.Value.Contains(word);

    private static bool IsArticle(string word) => word is "The" or "A" or "An";

    /// <summary>A quotation, parenthesis, colon or dash before a word lets it start with a capital in running text.</summary>
    private static bool OpensAPhrase(string previous) =>
        previous is "\"" or "'" or "(" or "[" or ":" or ";" or "-" or "--" or "\u2014" or "\u2013" or "``" or "`" or "\u201C" or "\u2018" or "...";

    private static bool IsLetters(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static (HashSet<string> Lower, HashSet<string> Capitalised) CaseElsewhere(
        IReadOnlyList<IReadOnlyList<string>> sentences, bool[] headline)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int s = 0; s < sentences.Count; s++)
        {
            if (headline[s] || WordShape.IsShouted(sentences[s]))
            {
                continue;
            }

            var words = sentences[s];
            for (int i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length == 0 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                if (char.IsLower(word[0]))
                {
                    lower.Add(word);
                }
                else if (i > 0)
                {
                    capitalised.Add(word);
                }
            }
        }

        return (lower, capitalised);
    }

    private static string[] Lowered(IReadOnlyList<string> words, HashSet<string> lower, HashSet<string> capitalised)
    {
        var result = new string[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            result[i] = word;
            if (i == 0 || word.Length < 2 || !char.IsUpper(word[0]) || WordShape.IsAllCaps(word))
            {
                continue;
            }

            var folded = char.ToLowerInvariant(word[0]) + word[1..];
            if (FunctionWords.Value.Contains(word) || (lower.Contains(folded) && !capitalised.Contains(word)))
            {
                result[i] = folded;
            }
        }

        return result;
    }
}
