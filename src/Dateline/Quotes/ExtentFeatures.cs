using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// Where the content of a reported-speech quote that follows its cue ends. Each candidate end (a token boundary
/// from the content's first word to the end of its sentence, never past another quote) gets features of the words
/// around the boundary, how far it lies from the content's start and from the end the sieve chose, the cue's lemma
/// and the sieve; <see cref="ContentExtent"/> takes the best-scoring one. Training and inference share this code, so
/// a model is bound to <see cref="Id"/>.
/// </summary>
internal sealed class ExtentFeatures(Document document, TokenLayer tokens, SentenceLayer sentences, PosLayer tags)
{
    public const string Id = "quote-extent-features-1";

    /// <summary>Candidates considered past the content's first token; longer contents keep their sieve's end.</summary>
    public const int MaxCandidates = 64;

    /// <summary>One quote whose end is open to choice: content tokens start at <see cref="First"/>, the sieve ended it at <see cref="RuleEnd"/>.</summary>
    public readonly record struct Site(int First, int RuleEnd, int Limit, int CueToken, ulong Sieve, ulong Lemma, bool Complementiser);

    public Document Document => document;

    public TokenLayer Tokens => tokens;

    /// <summary>
    /// The site of <paramref name="quote"/> when it is reported speech after its cue, within one sentence; the
    /// candidate ends go to <paramref name="candidates"/> (ascending, the sieve's end always among them). Only word cues:
    /// content after a colon runs to its line's end.
    /// </summary>
    public bool TrySite(Quote quote, TextSpan[] sortedSpans, List<int> candidates, out Site site)
    {
        site = default;
        candidates.Clear();
        if (quote.Kind != QuoteKind.Indirect || quote.Cue is not { } cue || cue.End > quote.Span.Start || quote.Span.IsEmpty)
        {
            return false;
        }

        int first = tokens.FirstEndingAfter(quote.Span.Start), ruleEnd = tokens.FirstEndingAfter(quote.Span.End - 1) + 1;
        int cueToken = tokens.FirstEndingAfter(cue.Start);
        int sentence = sentences.SentenceOfToken(first);

        // A colon ("GINGRICH: Party Must Decide …") introduces all that follows it on its line.
        if (first >= tokens.Count || !TokenText.IsWord(document, tokens, cueToken) || sentence < 0 || sentences.SentenceOfToken(cueToken) != sentence || ruleEnd > sentences.EndTokens[sentence])
        {
            return false;
        }

        // Other quotes starting inside the stretch: one that starts past the sieve's end bounds the content, one inside it may not be cut.
        int limit = Math.Min(sentences.EndTokens[sentence], first + MaxCandidates);
        int blockedFrom = int.MaxValue, blockedTo = -1;
        for (int k = FirstStartingAtOrAfter(sortedSpans, quote.Span.Start); k < sortedSpans.Length && sortedSpans[k].Start < tokens.Ends[limit - 1]; k++)
        {
            var other = sortedSpans[k];
            if (other == quote.Span)
            {
                continue;
            }

            if (other.Start >= quote.Span.End)
            {
                limit = Math.Min(limit, tokens.FirstEndingAfter(other.Start));
                break;
            }

            (blockedFrom, blockedTo) = (Math.Min(blockedFrom, other.Start), Math.Max(blockedTo, other.End));
        }

        if (ruleEnd > limit)
        {
            return false;
        }

        for (int e = first + 1; e <= limit; e++)
        {
            int at = e < tokens.Count ? tokens.Starts[e] : int.MaxValue;
            if (e == ruleEnd || (EndsWell(e - 1) && (e == limit || Breaks(e)) && !(at > blockedFrom && at < blockedTo)))
            {
                candidates.Add(e);
            }
        }

        site = new Site(first, ruleEnd, limit, cueToken, FeatureHash.Add(0, quote.Sieve.AsSpan()), FeatureHash.AddLowercase(0, tags.Lemmas[cueToken]),
            first > 0 && TokenText.Is(document, tokens, first - 1, "that"));
        return candidates.Count > 1;
    }

    private static int FirstStartingAtOrAfter(TextSpan[] sorted, int start)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Adds the features of ending the site's content before token <paramref name="end"/>.</summary>
    public void Add(in Site site, int end, ref Stretch stretch, FeatureVector features)
    {
        int relation = Math.Sign(end - site.RuleEnd) + 1;
        ulong after = end >= site.Limit ? 1 : WordOrTag(end);
        ulong before = WordOrTag(end - 1);
        int afterTag = end >= site.Limit ? 255 : (int)tags.Tags[end];
        int afterTag2 = end + 1 >= site.Limit ? 255 : (int)tags.Tags[end + 1];
        int distance = Bucket(end - site.First);
        Extend(ref stretch, site.First, end);
        var (verbs, commas, opener, openerWord) = (stretch.Verbs, stretch.Commas, stretch.Opener, stretch.OpenerWord);

        features.Add(FeatureHash.Add(FeatureHash.Start(1), relation));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(2), relation), site.Sieve));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(3), relation), afterTag));
        features.Add(FeatureHash.AddHash(FeatureHash.Start(4), after));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(5), relation), after));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(6), before), after));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(7), afterTag), afterTag2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(8), distance), afterTag));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(9), site.Lemma), afterTag));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(10), site.Lemma), distance));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(11), WordOrTag(site.First)), after));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(12), site.Complementiser ? 1 : 0), after));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(13), Math.Min(verbs, 2)), after));
        features.Add(FeatureHash.Add(FeatureHash.Start(14), end >= site.Limit ? 1 : 0));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(15), Math.Min(commas, 2)), after));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(16), after), end + 1 >= site.Limit ? 1 : WordOrTag(end + 1)));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(17), site.Sieve), after));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(18), site.Lemma), relation));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(19), site.Lemma), after));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(20), distance), relation));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(21), opener), end >= site.Limit ? 1 : 0));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(22), opener), after));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(23), openerWord), end >= site.Limit ? 1 : 0));
    }

    /// <summary>
    /// Verbs and commas inside <c>[first, End)</c>, and what opens the clause after its first comma ("focusing", "which"; 0
    /// when none) by class and by word. Candidates come in ascending order, so each extends the last one's counts.
    /// </summary>
    public struct Stretch
    {
        public int End;
        public int Verbs;
        public int Commas;
        public ulong Opener;
        public ulong OpenerWord;
    }

    private void Extend(ref Stretch stretch, int first, int end)
    {
        if (stretch.End < first || stretch.End > end)
        {
            stretch = new Stretch { End = first };
        }

        for (int i = stretch.End; i < end; i++)
        {
            stretch.Verbs += tags.Tags[i] == Upos.VERB ? 1 : 0;
            stretch.Commas += TokenText.Is(document, tokens, i, ",") ? 1 : 0;
            if (stretch.Opener == 0 && i > first && TokenText.Is(document, tokens, i - 1, ","))
            {
                bool gerund = TokenText.Of(document, tokens, i).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                stretch.Opener = FeatureHash.Add(WordOrTag(i), gerund ? 1 : 0);
                stretch.OpenerWord = FeatureHash.AddLowercase(4, TokenText.Of(document, tokens, i));
            }
        }

        stretch.End = end;
    }

    /// <summary>Function words by their lowercase form, content words by their tag; cached, as neighbouring candidates and quotes share tokens.</summary>
    private ulong WordOrTag(int token)
    {
        wordOrTag ??= new ulong[tokens.Count];
        if (wordOrTag[token] == 0)
        {
            wordOrTag[token] = tags.Tags[token] is Upos.ADP or Upos.SCONJ or Upos.CCONJ or Upos.PRON or Upos.DET or Upos.PUNCT or Upos.AUX or Upos.PART
                ? FeatureHash.AddLowercase(2, TokenText.Of(document, tokens, token))
                : FeatureHash.Add(3, (int)tags.Tags[token]);
        }

        return wordOrTag[token];
    }

    private ulong[]? wordOrTag;

    /// <summary>Content ends before punctuation or a function word (or a verb, "… Trump is"), hardly ever inside a noun phrase (PolNeAR train: 1 % of ends).</summary>
    private bool Breaks(int token) => tags.Tags[token] is not (Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM or Upos.SYM or Upos.X or Upos.INTJ);

    /// <summary>Content may end on a word, a closing quote mark or a closing bracket, not on other punctuation.</summary>
    public bool EndsWell(int token) => TokenText.IsWord(document, tokens, token) || TokenText.Of(document, tokens, token) is "”" or "\"" or "’" or "'" or ")";

    private static int Bucket(int distance) => distance switch
    {
        < 4 => distance,
        < 6 => 4,
        < 9 => 5,
        < 13 => 6,
        < 20 => 7,
        < 30 => 8,
        _ => 9,
    };
}
