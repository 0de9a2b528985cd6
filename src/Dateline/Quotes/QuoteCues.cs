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
}

/// <summary>The cue lexicon, loaded once from <c>data/quotes/cues.txt</c>.</summary>
internal static class QuoteCues
{
    private static readonly Lazy<PhraseTable<CueClass>> Shared = new(() => new PhraseTable<CueClass>(
        DataLines.Read("quotes", "cues.txt").Select(row => (row[1], Enum.Parse<CueClass>(row[0], ignoreCase: true))),
        ignoreCase: true));

    public static PhraseTable<CueClass> Table => Shared.Value;
}
