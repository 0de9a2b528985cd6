using Dateline.Documents;
using Dateline.Tagging;

namespace Dateline.Events;

/// <summary>
/// The words of one sentence as the coder reads them: upper-case forms (possessive <c>'S</c> and <c>N'T</c>
/// split off, as in PETRARCH's Treebank input), raw spans, and UPOS tags when a tagger ran.
/// </summary>
public sealed class ClauseText
{
    public ClauseText(string[] originals, TextSpan[] spans, Upos[]? tags)
    {
        Originals = originals;
        Words = originals.Select(Normalize).ToArray();
        Spans = spans;
        Tags = tags;
    }

    public string[] Words { get; }

    public TextSpan[] Spans { get; }

    public Upos[]? Tags { get; }

    /// <summary>The word starts with an upper-case letter in the text (names, where no tagger says PROPN).</summary>
    public bool IsCapitalized(int index) => Tags is { } tags ? tags[index] == Upos.PROPN : char.IsUpper(Originals[index][0]);

    /// <summary>Starts with an upper-case letter as written, whatever the tagger said.</summary>
    public bool IsCapitalizedOrUpper(int index) => char.IsUpper(Originals[index][0]);

    /// <summary>Per word, the dictionaries a phrase starting there could come from (filled by the coder).</summary>
    internal PhraseKinds[] Kinds { get; private set; } = [];

    internal void MarkKinds(EventLexicon lexicon)
    {
        if (Kinds.Length == Count)
        {
            return;
        }

        var kinds = new PhraseKinds[Count];
        for (int i = 0; i < kinds.Length; i++)
        {
            kinds[i] = lexicon.KindsOf(Words[i]);
        }

        Kinds = kinds;
    }

    /// <summary>The words as written.</summary>
    public string[] Originals { get; private init; } = [];

    public int Count => Words.Length;

    /// <summary>
    /// Splits raw text into words and punctuation. The coder uses this only where no tokenizer ran (captions the
    /// tokenizer skipped, evaluation records); the pipeline's tokens are preferred.
    /// </summary>
    public static ClauseText Scan(string raw, TextSpan span)
    {
        var words = new List<string>();
        var spans = new List<TextSpan>();
        int i = span.Start;
        while (i < span.End)
        {
            char c = raw[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < span.End && (char.IsLetterOrDigit(raw[i]) || ((raw[i] is '-' or '.' or '\'' or '’') && i + 1 < span.End && char.IsLetterOrDigit(raw[i + 1]) && !IsPossessive(raw, i, span.End))))
                {
                    i++;
                }

                // "didn't" reads as DID + N'T, as the verb patterns expect.
                if (i - start > 3 && (raw[i - 1] is 't' or 'T') && (raw[i - 2] is '\'' or '’') && (raw[i - 3] is 'n' or 'N'))
                {
                    Add(words, spans, raw, start, i - 3);
                    Add(words, spans, raw, i - 3, i);
                    continue;
                }

                if (raw[i - 1] == '.' && i - start > 1)
                {
                    i--;
                }
            }
            else if ((c is '\'' or '’') && i + 1 < span.End && raw[i + 1] is 's' or 'S' && (i + 2 >= span.End || !char.IsLetter(raw[i + 2])))
            {
                i += 2;
            }
            else
            {
                i++;
            }

            Add(words, spans, raw, start, i);
        }

        return new ClauseText([.. words], [.. spans], null);
    }

    /// <summary>The coder's form of a word: upper case, typographic apostrophes straightened.</summary>
    public static string Normalize(string word) => word.ToUpperInvariant().Replace('’', '\'');

    private static void Add(List<string> words, List<TextSpan> spans, string raw, int start, int end)
    {
        words.Add(raw[start..end]);
        spans.Add(new TextSpan(start, end));
    }

    private static bool IsPossessive(string raw, int i, int end) =>
        raw[i] is '\'' or '’' && i + 1 < end && raw[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(raw[i + 2]));

}
