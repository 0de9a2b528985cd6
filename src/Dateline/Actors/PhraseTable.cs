using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Actors;

/// <summary>
/// Multi-word phrases looked up token by token without allocating: the first word selects candidates, the
/// longest candidate whose following words match wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirstWord;
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly StringComparison comparison;

    // Most tokens start no phrase; a first-character and length check spares them the hashing.
    private readonly bool[] firstAscii = new bool[128];
    private bool anyNonAsciiFirst;
    private int maxFirstLength;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases, bool ignoreCase)
    {
        comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        byFirstWord = new Dictionary<string, List<(string[], T)>>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (phrase, value) in phrases)
        {
            var words = Split(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add((words, value));
        }

        foreach (var (first, list) in byFirstWord)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            maxFirstLength = Math.Max(maxFirstLength, first.Length);
            Allow(first[0], ignoreCase);
        }

        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Splits a phrase into the tokens a tokenizer would make ("U.S." stays whole, "Qatar's" splits).</summary>
    public static string[] Split(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private bool MayStart(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > maxFirstLength)
        {
            return false;
        }

        char c = word[0];
        return c < 128 ? firstAscii[c] : anyNonAsciiFirst;
    }

    private void Allow(char c, bool ignoreCase)
    {
        if (c >= 128)
        {
            anyNonAsciiFirst = true;
            return;
        }

        firstAscii[c] = true;
        if (ignoreCase)
        {
            firstAscii[char.ToLowerInvariant(c)] = true;
            firstAscii[char.ToUpperInvariant(c)] = true;
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="first"/>, ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(Document document, TokenLayer tokens, int first, int limit, out int length, out T value)
    {
        length = 0;
        value = default!;
        var word = TokenText.Of(document, tokens, first);
        if (!MayStart(word) || !lookup.TryGetValue(word, out var candidates))
        {
            return false;
        }

        foreach (var (words, candidate) in candidates)
        {
            if (first + words.Length > limit)
            {
                continue;
            }

            bool all = true;
            for (int w = 1; w < words.Length && all; w++)
            {
                all = TokenText.Of(document, tokens, first + w).Equals(words[w], comparison);
            }

            if (all)
            {
                length = words.Length;
                value = candidate;
                return true;
            }
        }

        return false;
    }
}

/// <summary>Reading token text without allocating.</summary>
internal static class TokenText
{
    public static ReadOnlySpan<char> Of(Document document, TokenLayer tokens, int index) =>
        tokens.Norms[index] is { } norm ? norm.AsSpan() : document.Raw.AsSpan(tokens.Starts[index], tokens.Ends[index] - tokens.Starts[index]);

    public static bool Is(Document document, TokenLayer tokens, int index, string word) =>
        index >= 0 && index < tokens.Count && Of(document, tokens, index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsCapitalised(Document document, TokenLayer tokens, int index)
    {
        var text = Of(document, tokens, index);
        return text.Length > 0 && char.IsUpper(text[0]);
    }

    public static bool IsWord(Document document, TokenLayer tokens, int index)
    {
        var text = Of(document, tokens, index);
        return text.Length > 0 && char.IsLetterOrDigit(text[0]);
    }

    public static bool IsPossessive(Document document, TokenLayer tokens, int index)
    {
        var text = Of(document, tokens, index);
        return text is "’s" or "'s" or "’" or "'" or "’S" or "'S";
    }
}
