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

/// <summary>The cue lexicon, loaded once from <c>data/quotes/cues.txt</c>.</summary>
internal static class QuoteCues
{
    private static readonly Lazy<PhraseTable<CueClass>> Shared = new(() => new PhraseTable<CueClass>(
        DataLines.Read("quotes", "cues.txt").Select(row => (row[1], Enum.Parse<CueClass>(row[0].Replace("-", "", StringComparison.Ordinal), ignoreCase: true))),
        ignoreCase: true));

    public static PhraseTable<CueClass> Table => Shared.Value;

    /// <summary>Whether the class introduces speech (the other classes are helper word lists).</summary>
    public static bool IsCue(CueClass cue) => cue is CueClass.Speech or CueClass.Object or CueClass.Prep or CueClass.Partial;
}
