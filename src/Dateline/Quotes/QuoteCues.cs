using Dateline.Actors;

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
/// The cue lexicon, loaded once: the curated <c>data/quotes/cues.txt</c>, then the words learned from PolNeAR
/// train (<c>data/quotes/learned-cues.txt</c>, written by <c>dateline train quote-cues</c>) that it does not list.
/// </summary>
internal static class QuoteCues
{
    private static readonly Lazy<PhraseTable<CueClass>> Shared = new(Load);

    public static PhraseTable<CueClass> Table => Shared.Value;

    /// <summary>Whether the class introduces speech (the other classes are helper word lists).</summary>
    public static bool IsCue(CueClass cue) => cue is CueClass.Speech or CueClass.Object or CueClass.Prep or CueClass.Partial;

    private static PhraseTable<CueClass> Load()
    {
        var curated = DataLines.Read("quotes", "cues.txt").Select(Parse).ToList();
        var listed = curated.Select(c => c.Phrase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var learned = DataLines.Read("quotes", "learned-cues.txt").Select(Parse).Where(c => !listed.Contains(c.Phrase));
        return new PhraseTable<CueClass>(curated.Concat(learned), ignoreCase: true);
    }

    private static (string Phrase, CueClass Class) Parse(string[] row) =>
        (row[1], Enum.Parse<CueClass>(row[0].Replace("-", "", StringComparison.Ordinal), ignoreCase: true));
}
