using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// What the attribution filter reads of one finished reported-speech quote: the sieve that attributed it, its cue's
/// lemma and classifier score, where the content lies against the cue and how long it is, how it opens and ends,
/// what it is (a clause, a bare noun phrase, an infinitive, …; × cue lemma), the words just outside it, and what kind of
/// speaker mention it hangs on (its head word, its actor's type). Read off the <see cref="Quote"/> record alone (plus tokens and tags),
/// so training sees exactly what inference sees. Bound to <see cref="Id"/>.
/// </summary>
internal sealed class DraftFeatures(CueFeatures cues, SentenceLayer sentences)
{
    public const string Id = "quote-draft-features-2";

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

        int shape = Shape(first, last + 1);
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(22), shape), LengthBucket(length)));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(23), sieve), shape));
        features.Add(FeatureHash.AddLowercase(FeatureHash.Start(24), first > 0 ? TokenText.Of(document, tokens, first - 1) : "#"));
        features.Add(FeatureHash.AddLowercase(FeatureHash.Start(25), last + 1 < tokens.Count ? TokenText.Of(document, tokens, last + 1) : "#"));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(26), (int)tags.Tags[first]), first + 1 <= last ? (int)tags.Tags[first + 1] : 255));
        string actorType = quote.SpeakerActor is { } actorId && document.Find<ActorLayer>()?.ById(actorId) is { } actor ? actor.Type : "-";
        ulong typeHash = FeatureHash.Add(0, actorType.AsSpan());
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(27), sieve), typeHash));
        if (quote.SpeakerMention is { } mention)
        {
            int head = tokens.FirstEndingAfter(mention.End - 1);
            features.Add(FeatureHash.AddLowercase(FeatureHash.Start(28), TokenText.Of(document, tokens, head)));
            features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(29), sieve), (int)tags.Tags[head]));
        }

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
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(30), lemma), shape));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(31), lemma), typeHash));

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

    /// <summary>What the content is: 0 a noun phrase, 1 a clause (a finite verb after its first word), 2 a "to"-infinitive, 3 a gerund, 4 a wh- or "if" clause, 5 a verb phrase.</summary>
    private int Shape(int first, int end)
    {
        var (document, tokens, tags) = (cues.Document, cues.Tokens, cues.Tags);
        var word = TokenText.Of(document, tokens, first);
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && first + 1 < end && tags.Tags[first + 1] is Upos.VERB or Upos.AUX)
        {
            return 2;
        }

        if (tags.Tags[first] == Upos.VERB && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (tags.Tags[first] == Upos.SCONJ || IsWh(word))
        {
            return 4;
        }

        if (IsFinite(first))
        {
            return 5;
        }

        for (int i = first + 1; i < end; i++)
        {
            if (IsFinite(i))
            {
                return 1;
            }
        }

        return 0;
    }

    private static readonly string[] Interrogatives = ["if", "whether", "how", "what", "when", "where", "why", "who", "whom", "whose", "which"];

    private static bool IsWh(ReadOnlySpan<char> word)
    {
        foreach (string interrogative in Interrogatives)
        {
            if (word.Equals(interrogative, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb that can head a clause: an auxiliary or a verb not after "to" or a determiner, and no gerund.</summary>
    private bool IsFinite(int token)
    {
        var (document, tokens, tags) = (cues.Document, cues.Tokens, cues.Tags);
        if (token > 0 && TokenText.Is(document, tokens, token - 1, "to"))
        {
            return false;
        }

        return tags.Tags[token] == Upos.AUX
            || (tags.Tags[token] == Upos.VERB && !TokenText.Of(document, tokens, token).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && (token == 0 || tags.Tags[token - 1] is not (Upos.DET or Upos.ADP)));
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
