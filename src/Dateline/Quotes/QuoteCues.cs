using Dateline.Actors;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>How a cue links its speaker and content (see <c>data/quotes/cues.txt</c>).</summary>
internal enum CueClass
{
    Speech,
    Object,
    Prep,
    Partial,
    Skip,
    Pronoun,
    NotLabel,
}

/// <summary>
/// The cue lexicon, loaded once: the curated phrases of <c>data/quotes/cues.txt</c>, and the verb lemmas learned
/// from PolNeAR train (<c>data/quotes/learned-cues.txt</c>, written by <c>dateline train quote-cues</c>), matched
/// on tokens the tagger reads as verbs.
/// </summary>
internal static class QuoteCues
{
    private static readonly Lazy<PhraseTable<CueClass>> Shared = new(() => new PhraseTable<CueClass>(
        DataLines.Read("quotes", "cues.txt").Select(row => (row[1], Parse(row[0]))), ignoreCase: true));

    private static readonly Lazy<Dictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>>> Learned = new(() =>
        DataLines.Read("quotes", "learned-cues.txt").ToDictionary(row => row[1], row => Parse(row[0]), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>());

    public static PhraseTable<CueClass> Table => Shared.Value;

    /// <summary>The class of a learned cue verb by its lemma.</summary>
    public static bool TryLearned(ReadOnlySpan<char> lemma, out CueClass cue) => Learned.Value.TryGetValue(lemma, out cue);

    /// <summary>Whether the curated list (not the learned lemmas) has a cue at <paramref name="token"/>.</summary>
    public static bool IsCurated(Document document, TokenLayer tokens, int token, int limit) =>
        Table.TryMatch(document, tokens, token, limit, out _, out var cue) && IsCue(cue);

    /// <summary>Whether the class introduces speech (the other classes are helper word lists).</summary>
    public static bool IsCue(CueClass cue) => cue is CueClass.Speech or CueClass.Object or CueClass.Prep or CueClass.Partial;

    private static CueClass Parse(string name) => Enum.Parse<CueClass>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
}
