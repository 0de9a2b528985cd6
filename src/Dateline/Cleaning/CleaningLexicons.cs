using System.Collections.Frozen;

namespace Dateline.Cleaning;

/// <summary>The cleaner's data files (<c>data/cleaning/*.txt</c>), loaded once on first use.</summary>
internal sealed class CleaningLexicons
{
    private static readonly Lazy<CleaningLexicons> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenSet<string> canonicalAgencies;

    /// <summary>First two letters of every name key: a cheap filter in front of the hash lookup on each lower-case word.</summary>
    private readonly bool[] nameOpenings;

    private CleaningLexicons(
        FrozenDictionary<string, string> agencies,
        FrozenSet<string> capitalisedFunctionWords,
        FrozenSet<string> sentenceInitialWords,
        FrozenDictionary<string, string> names,
        FrozenSet<string> speechVerbs,
        SourcePhrases sourcePhrases)
    {
        Agencies = agencies.GetAlternateLookup<ReadOnlySpan<char>>();
        canonicalAgencies = agencies.Values.ToFrozenSet(StringComparer.Ordinal);
        CapitalisedFunctionWords = capitalisedFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        SentenceInitialWords = sentenceInitialWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        SpeechVerbs = speechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        Phrases = sourcePhrases;
        (MinNameLength, MaxNameLength) = (names.Keys.Min(k => k.Length), names.Keys.Max(k => k.Length));
        nameOpenings = new bool[26 * 26];
        foreach (string key in names.Keys)
        {
            nameOpenings[OpeningIndex(key)] = true;
        }
    }

    public static CleaningLexicons Shared => Instance.Value;

    /// <summary>Agency surface form → canonical name (Associated Press → AP).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Agencies { get; }

    /// <summary>Function words in their capitalised form (And, Of), as a mistranslation leaves them mid-sentence.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalisedFunctionWords { get; }

    public bool IsCanonicalAgency(string name) => canonicalAgencies.Contains(name);

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceInitialWords { get; }

    /// <summary>Lower-cased proper name → proper form (usa → US, israel → Israel).</summary>
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names { get; }

    public int MinNameLength { get; }

    /// <summary>False when no name key starts with the word's first two letters (most words).</summary>
    public bool MayBeName(ReadOnlySpan<char> lowerWord) =>
        lowerWord.Length >= 2 && (uint)(lowerWord[0] - 'a') < 26 && (uint)(lowerWord[1] - 'a') < 26 && nameOpenings[OpeningIndex(lowerWord)];

    public int MaxNameLength { get; }

    /// <summary>Lower-case attribution verbs (said, added).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs { get; }

    public SourcePhrases Phrases { get; }

    private static int OpeningIndex(ReadOnlySpan<char> word) => ((word[0] - 'a') * 26) + (word[1] - 'a');

    private static CleaningLexicons Load()
    {
        var agencies = LexiconFile.Lines("cleaning/agencies.txt").Select(LexiconFile.Mapping)
            .ToFrozenDictionary(m => m.Surface, m => m.Canonical, StringComparer.Ordinal);
        var functionWords = LexiconFile.Lines("cleaning/function-words.txt")
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToFrozenSet(StringComparer.Ordinal);
        var sentenceInitial = LexiconFile.Lines("cleaning/sentence-initial.txt").ToFrozenSet(StringComparer.Ordinal);
        var names = LexiconFile.Lines("cleaning/names.txt").Select(LexiconFile.Mapping)
            .Select(m => m.Surface == m.Canonical ? (m.Canonical.ToLowerInvariant(), m.Canonical) : m)
            .ToFrozenDictionary(m => m.Item1, m => m.Item2, StringComparer.Ordinal);
        var verbs = LexiconFile.Lines("cleaning/speech-verbs.txt").ToFrozenSet(StringComparer.Ordinal);
        return new CleaningLexicons(agencies, functionWords, sentenceInitial, names, verbs, SourcePhrases.Load());
    }
}

/// <summary>Phrases of <c>data/cleaning/source-phrases.txt</c>, by kind.</summary>
internal sealed record SourcePhrases(string[] Openers, string[] Bylines, string[] Closers, string[] CreditPrefixes, string[] CreditWords)
{
    public static SourcePhrases Load()
    {
        var byKind = LexiconFile.Lines("cleaning/source-phrases.txt")
            .Select(line => (Kind: line[..line.IndexOf(':', StringComparison.Ordinal)], Phrase: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .ToLookup(p => p.Kind, p => p.Phrase);
        string[] Of(string kind) => [.. byKind[kind].OrderByDescending(p => p.Length)];
        return new SourcePhrases(Of("opener"), Of("byline"), Of("closer"), Of("credit-prefix"), Of("credit-word"));
    }
}
