using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// What the attribution filter reads of one finished reported-speech quote: the sieve that attributed it, its cue's
/// lemma and classifier score, where the content lies against the cue and how long it is, how it opens and ends,
/// and what kind of speaker mention it hangs on. Read off the <see cref="Quote"/> record alone (plus tokens and tags),
/// so training sees exactly what inference sees. Bound to <see cref="Id"/>.
/// </summary>
internal sealed class DraftFeatures(CueFeatures cues, SentenceLayer sentences)
{
    public const string Id = "quote-draft-features-1";

    /// <summary>Adds the features of <paramref name="quote"/>; <paramref name="cueScore"/> scores its cue (null: no cue model).</summary>
    public void Add(Quote quote, Func<int, int, int, float>? cueScore, FeatureVector features)
    {
        var (document, tokens, tags) = (cues.Document, cues.Tokens, cues.Tags);
        int first = tokens.FirstEndingAfter(quote.Span.Start), last = Math.Max(first, tokens.FirstEndingAfter(quote.Span.End - 1));
        ulong sieve = FeatureHash.Add(0, quote.Sieve.AsSpan());
        features.Add(FeatureHash.Start(1));
        features.Add(FeatureHash.AddHash(FeatureHash.Start(2), sieve));
        features.Add(FeatureHash.Add(FeatureHash.Start(3), (int)quote.Kind));
        int length = last - first + 1;
        features.Add(FeatureHash.Add(FeatureHash.Start(4), LengthBucket(length)));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(5), sieve), LengthBucket(length)));
        features.Add(FeatureHash.AddLowercase(FeatureHash.Start(6), TokenText.Of(document, tokens, first)));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(7), (int)tags.Tags[first]), (int)tags.Tags[last]));
        features.Add(FeatureHash.Add(FeatureHash.Start(8), HasVerb(first, last + 1) ? 1 : 0));
        features.Add(FeatureHash.Add(FeatureHash.Start(9), QuoteMarks(first, last + 1)));

        int speakerKind = quote.SpeakerMention is null ? 0 : quote.SpeakerActor is not null ? 1 : IsPronoun(quote.SpeakerMention.Value) ? 2 : 3;
        features.Add(FeatureHash.Add(FeatureHash.Start(10), speakerKind));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(11), sieve), speakerKind));

        if (quote.Cue is not { } cue)
        {
            features.Add(FeatureHash.Start(12));
            return;
        }

        int cueToken = tokens.FirstEndingAfter(cue.Start);
        ulong lemma = FeatureHash.AddLowercase(0, tags.Lemmas[cueToken]);
        features.Add(FeatureHash.AddHash(FeatureHash.Start(13), lemma));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(14), lemma), sieve));
        int side = cue.Start >= quote.Span.End ? 0 : cue.End <= quote.Span.Start ? 1 : 2;
        int gap = side == 1 ? Math.Min(3, first - tokens.FirstEndingAfter(cue.End - 1) - 1) : side == 0 ? Math.Min(3, cueToken - last - 1) : 0;
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(15), side), gap));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(16), lemma), side));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(17), side), LengthBucket(length)));
        features.Add(FeatureHash.AddLowercase(FeatureHash.AddHash(FeatureHash.Start(18), lemma), TokenText.Of(document, tokens, first)));

        int sentence = sentences.SentenceOfToken(cueToken);
        if (cueScore is not null && sentence >= 0 && cues.IsCandidate(cueToken))
        {
            float margin = cueScore(cueToken, sentences.FirstTokens[sentence], sentences.EndTokens[sentence]);
            int bucket = (int)Math.Clamp(MathF.Floor(margin / 5f), -6f, 6f);
            features.Add(FeatureHash.Add(FeatureHash.Start(19), bucket));
            features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(20), sieve), bucket));
        }
        else
        {
            features.Add(FeatureHash.Start(21));
        }
    }

    private bool HasVerb(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (cues.Tags.Tags[i] is Upos.VERB or Upos.AUX)
            {
                return true;
            }
        }

        return false;
    }

    private int QuoteMarks(int first, int end)
    {
        int count = 0;
        for (int i = first; i < end && count < 2; i++)
        {
            count += TokenText.Of(cues.Document, cues.Tokens, i) is "“" or "”" or "\"" ? 1 : 0;
        }

        return count;
    }

    private bool IsPronoun(TextSpan mention)
    {
        int token = cues.Tokens.FirstEndingAfter(mention.Start);
        return cues.Tags.Tags[token] == Upos.PRON;
    }

    private static int LengthBucket(int tokens) => tokens switch
    {
        < 4 => tokens,
        < 7 => 4,
        < 13 => 5,
        < 26 => 6,
        _ => 7,
    };
}
