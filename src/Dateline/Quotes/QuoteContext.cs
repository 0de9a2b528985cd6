using Dateline.Actors;
using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Time;

namespace Dateline.Quotes;

/// <summary>Per-document state shared by the quote passes: token paragraphs, which tokens lie in quotes, used cues.</summary>
internal sealed class QuoteContext
{
    public QuoteContext(Document document, TokenLayer tokens, SentenceLayer sentences, ActorLayer actors)
    {
        Document = document;
        Tokens = tokens;
        Sentences = sentences;
        Actors = actors;
        Mentions = new MentionFinder(document, tokens, actors);
        ParagraphOf = new int[tokens.Count];
        ParagraphStarts = [];
        StartsLine = new bool[tokens.Count];
        for (int i = 0, p = -1; i < tokens.Count; i++)
        {
            // A line break ends a paragraph for quoting purposes even where the cleaner kept the lines together.
            StartsLine[i] = i == 0 || (tokens.Flags[i] & TokenTraits.ParagraphStart) != 0 || BreakBetween(document.Raw, tokens.Ends[i - 1], tokens.Starts[i]);
            if (StartsLine[i])
            {
                p++;
                ParagraphStarts.Add(i);
            }

            ParagraphOf[i] = p;
        }

        DirectOf = new int[tokens.Count];
        Array.Fill(DirectOf, -1);
        CueUsed = new bool[tokens.Count];
        Reported = new bool[tokens.Count];
        OrphanRepairs = document.Find<CleaningLayer>()?.Repairs.Where(r => r.Kind == RepairKinds.OrphanedCue).Select(r => r.Span).ToArray() ?? [];
        tags = document.Find<PosLayer>();
        InTimex = new bool[tokens.Count];
        foreach (var timex in document.Find<TimexLayer>()?.Timexes ?? [])
        {
            for (int i = tokens.FirstEndingAfter(timex.Span.Start); i < tokens.Count && tokens.Starts[i] < timex.Span.End; i++)
            {
                InTimex[i] = true;
            }
        }
    }

    /// <summary>Tags and lemmas when the pipeline tagged the document: learned cue verbs match on them.</summary>
    private readonly PosLayer? tags;

    /// <summary>Tokens inside a time expression ("said Friday afternoon").</summary>
    private bool[] InTimex { get; }

    public bool IsTimex(int token) => InTimex[token];

    public Document Document { get; }

    /// <summary>Tokens that open a paragraph or a line.</summary>
    public bool[] StartsLine { get; }

    public TokenLayer Tokens { get; }

    public SentenceLayer Sentences { get; }

    public ActorLayer Actors { get; }

    public MentionFinder Mentions { get; }

    public int[] ParagraphOf { get; }

    public List<int> ParagraphStarts { get; }

    /// <summary>Token → index of the direct quote draft covering it, or -1.</summary>
    public int[] DirectOf { get; }

    public bool[] CueUsed { get; }

    /// <summary>Tokens already inside some reported content; cues there start no attribution of their own.</summary>
    public bool[] Reported { get; }

    /// <summary>Spans the cleaner marked as orphaned cues ("”Said.").</summary>
    public IReadOnlyList<TextSpan> OrphanRepairs { get; }

    public List<QuoteDraft> Drafts { get; } = [];

    private static bool BreakBetween(string raw, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (raw[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    public int ParagraphEnd(int token)
    {
        int p = ParagraphOf[token];
        return p + 1 < ParagraphStarts.Count ? ParagraphStarts[p + 1] : Tokens.Count;
    }

    public int ParagraphStart(int token) => ParagraphStarts[ParagraphOf[token]];

    public int SentenceStart(int token)
    {
        int s = Sentences.SentenceOfToken(token);
        return s < 0 ? ParagraphStart(token) : Math.Max(Sentences.FirstTokens[s], ParagraphStart(token));
    }

    public int SentenceEnd(int token)
    {
        int s = Sentences.SentenceOfToken(token);
        return s < 0 ? ParagraphEnd(token) : Math.Min(Sentences.EndTokens[s], ParagraphEnd(token));
    }

    public TextSpan SpanOf(int first, int end) => new(Tokens.Starts[first], Tokens.Ends[end - 1]);

    public bool TryCue(int token, int limit, out int length, out CueClass cue)
    {
        if (QuoteCues.Table.TryMatch(Document, Tokens, token, limit, out length, out cue))
        {
            return QuoteCues.IsCue(cue);
        }

        if (tags is not null && token < limit && tags.Tags[token] == Upos.VERB && !InMarkup(token) && QuoteCues.TryLearned(tags.Lemmas[token], out cue))
        {
            length = 1;
            return true;
        }

        length = 0;
        return false;
    }

    public bool IsTagged => tags is not null;

    /// <summary>The tagger's lemma of <paramref name="token"/>, or empty when the document is untagged.</summary>
    public string LemmaOf(int token) => tags is not null && token < Tokens.Count ? tags.Lemmas[token] : "";

    /// <summary>Whether the tagger read the token as a verb (false when the document is untagged).</summary>
    public bool IsVerb(int token) => tags is not null && token < Tokens.Count && tags.Tags[token] is Upos.VERB or Upos.AUX;

    /// <summary>Whether the tagger read the token as a main verb ("barked", "shot"), not an auxiliary.</summary>
    public bool IsMainVerb(int token) => tags is not null && token < Tokens.Count && tags.Tags[token] == Upos.VERB && !InMarkup(token);

    /// <summary>The tagger's reading of the token (<see cref="Upos.X"/> when the document is untagged).</summary>
    public Upos TagOf(int token) => tags is not null && token < Tokens.Count ? tags.Tags[token] : Upos.X;

    /// <summary>Whether the tagger read the token as a common noun.</summary>
    public bool IsNoun(int token) => tags is not null && token < Tokens.Count && tags.Tags[token] == Upos.NOUN;

    /// <summary>Whether the tagger read the token as an adverb ("then", "angrily").</summary>
    public bool IsAdverb(int token) => tags is not null && token < Tokens.Count && tags.Tags[token] == Upos.ADV;

    /// <summary>A word glued to markup or a compound ("&lt;tweet-id=…&gt;", "tweet-by-tweet") is no verb of speech.</summary>
    private bool InMarkup(int token)
    {
        int start = Tokens.Starts[token], end = Tokens.Ends[token];
        return (start > 0 && Document.Raw[start - 1] is '<' or '-') || (end < Document.Raw.Length && Document.Raw[end] is '-' or '=' or '>');
    }

    public bool IsOrphanRepair(int token)
    {
        var span = Tokens.SpanOf(token);
        foreach (var repair in OrphanRepairs)
        {
            if (repair.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsTerminal(int token)
    {
        var text = TokenText.Of(Document, Tokens, token);
        return text is "." or "!" or "?";
    }
}
