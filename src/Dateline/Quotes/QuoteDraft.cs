using Dateline.Documents;

namespace Dateline.Quotes;

/// <summary>How the speaker of a draft is still to be found once every draft exists.</summary>
internal enum Pending
{
    None,
    Pronoun,
    Orphan,
    NoCue,
}

/// <summary>A quote being built: tokens <c>[First, End)</c>, its cue and speaker mention, and the speaker once resolved.</summary>
internal sealed class QuoteDraft(int first, int end, TextSpan span, QuoteKind kind, int paragraph)
{
    public int First { get; } = first;

    public int End { get; } = end;

    public TextSpan Span { get; } = span;

    public QuoteKind Kind { get; set; } = kind;

    public int Paragraph { get; } = paragraph;

    public int CueToken { get; set; } = -1;

    public TextSpan? Cue { get; set; }

    public SpeakerMention? Mention { get; set; }

    public string? ActorId { get; set; }

    public string? Speaker { get; set; }

    public string Sieve { get; set; } = "none";

    public Pending Pending { get; set; } = Pending.NoCue;

    /// <summary>Set on a quote that continues the previous paragraph's open quote.</summary>
    public bool ContinuesPrevious { get; init; }

    public bool IsResolved => Pending == Pending.None;

    /// <summary>A rule that fixed the content's end (<see cref="IndirectQuotes.RelativeClauseRule"/>); the extent model leaves such an end alone.</summary>
    public string? ExtentRule { get; set; }

    /// <summary>Whether the quote says "we"/"us"/"our", once someone has asked.</summary>
    public bool? SaysWe { get; set; }

    /// <summary>
    /// Takes the speaker of <paramref name="from"/>; its cue too when <paramref name="shareCue"/> (a quote that continues
    /// the same statement), so both form one attribution. A later statement by the same speaker keeps its own.
    /// </summary>
    public void CopySpeaker(QuoteDraft from, string sieve, bool shareCue = true)
    {
        if (shareCue)
        {
            Cue ??= from.Cue;
            CueToken = CueToken < 0 ? from.CueToken : CueToken;
        }

        Mention ??= from.Mention;
        ActorId = from.ActorId;
        Speaker = from.Speaker;
        Sieve = sieve;
        Pending = Pending.None;
    }
}
