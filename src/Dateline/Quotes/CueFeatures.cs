using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// The features the attribution-cue classifier reads at one verb: the word, its lemma and neighbours, what
/// stands left of it (a subject, an auxiliary, a comma), what follows (a "that"-clause, a colon, a quote mark), its
/// place in the sentence and whether the cue lexicons list it. Training and inference share this code, so a
/// model is bound to <see cref="Id"/>. Only tokens, tags and lemmas are read: no layer the quote stage builds.
/// </summary>
internal sealed class CueFeatures(Document document, TokenLayer tokens, PosLayer tags)
{
    /// <summary>Names this extractor in model headers; bump it whenever a template changes.</summary>
    public const string Id = "quote-cue-features-1";

    private const int ThatWindow = 6;

    public Document Document => document;

    public TokenLayer Tokens => tokens;

    public PosLayer Tags => tags;

    /// <summary>Whether the token may be a learned cue at all: a verb, or a noun the lexicons list.</summary>
    public bool IsCandidate(int token) => tags.Tags[token] == Upos.VERB;

    /// <summary>Adds the features of <paramref name="token"/> within the sentence <c>[start, end)</c>.</summary>
    public void Add(int token, int start, int end, FeatureVector features)
    {
        ulong lemmaHash = FeatureHash.AddLowercase(0, tags.Lemmas[token]);
        features.Add(FeatureHash.Start(1));
        features.Add(FeatureHash.AddHash(FeatureHash.Start(2), lemmaHash));
        var word = Word(token);
        features.Add(FeatureHash.AddLowercase(FeatureHash.Start(3), word));
        features.Add(FeatureHash.AddLowercase(FeatureHash.Start(4), word[Math.Max(0, word.Length - 3)..]));

        ulong next = WordHash(token + 1, end), previous = WordHash(token - 1, start - 1);
        features.Add(FeatureHash.AddHash(FeatureHash.Start(5), next));
        features.Add(FeatureHash.AddHash(FeatureHash.Start(6), previous));
        features.Add(FeatureHash.AddHash(FeatureHash.Start(7), WordHash(token + 2, end)));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(8), lemmaHash), next));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(9), lemmaHash), previous));

        int nextTag = TagAt(token + 1, end), nextTag2 = TagAt(token + 2, end), previousTag = TagAt(token - 1, start - 1);
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(10), previousTag), nextTag));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(11), nextTag), nextTag2));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(12), lemmaHash), nextTag));

        // The subject: the first word left of the verb that is no adverb, auxiliary or particle.
        int subject = token - 1;
        int auxiliary = -1;
        while (subject >= start && tags.Tags[subject] is Upos.ADV or Upos.AUX or Upos.PART)
        {
            auxiliary = auxiliary < 0 && tags.Tags[subject] == Upos.AUX ? subject : auxiliary;
            subject--;
        }

        int subjectKind = subject < start ? 0 : (int)tags.Tags[subject] * 2 + (TokenText.IsCapitalised(document, tokens, subject) ? 1 : 0);
        features.Add(FeatureHash.Add(FeatureHash.Start(13), subjectKind));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(14), lemmaHash), subjectKind));
        ulong auxiliaryHash = auxiliary < 0 ? 0 : FeatureHash.AddLowercase(0, tags.Lemmas[auxiliary]);
        features.Add(FeatureHash.AddHash(FeatureHash.Start(15), auxiliaryHash));
        features.Add(FeatureHash.AddHash(FeatureHash.AddHash(FeatureHash.Start(16), auxiliaryHash), word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? 1UL : 2UL));
        features.Add(FeatureHash.AddHash(FeatureHash.Start(17), subject >= start ? WordHash(subject, start - 1) : 0));

        int that = ThatFollows(token, end);
        features.Add(FeatureHash.Add(FeatureHash.Start(18), that));
        features.Add(FeatureHash.Add(FeatureHash.AddHash(FeatureHash.Start(19), lemmaHash), that));
        features.Add(FeatureHash.Add(FeatureHash.Start(20), QuoteMarks(start, token) * 4 + Math.Min(3, QuoteMarks(token + 1, end))));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(21), Bucket(token - start)), Bucket(end - token - 1)));
        int lexicon = LexiconClass(token, end);
        features.Add(FeatureHash.Add(FeatureHash.Start(22), lexicon));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(23), lexicon), subjectKind));
        features.Add(FeatureHash.Add(FeatureHash.Start(24), VerbsBefore(token, start)));
    }

    private ReadOnlySpan<char> Word(int token) => TokenText.Of(document, tokens, token);

    private ulong WordHash(int token, int outside) =>
        token == outside || token < 0 || token >= tokens.Count ? 1 : FeatureHash.AddLowercase(0, Word(token));

    private int TagAt(int token, int outside) => token == outside || token < 0 || token >= tokens.Count ? 255 : (int)tags.Tags[token];

    /// <summary>2 when "that" opens the next words, 1 when it comes before a comma within a few words, else 0.</summary>
    private int ThatFollows(int token, int end)
    {
        for (int i = token + 1; i < end && i <= token + ThatWindow; i++)
        {
            if (TokenText.Is(document, tokens, i, "that"))
            {
                return i == token + 1 ? 2 : 1;
            }

            if (tags.Tags[i] == Upos.PUNCT)
            {
                return 0;
            }
        }

        return 0;
    }

    private int QuoteMarks(int from, int to) => Math.Min(3, Counts.QuoteMarks[to] - Counts.QuoteMarks[from]);

    private int VerbsBefore(int token, int start) => Math.Min(3, Counts.Verbs[token] - Counts.Verbs[start]);

    /// <summary>Running counts of quote marks and verbs, so a feature over a stretch of the sentence costs two reads.</summary>
    private (int[] QuoteMarks, int[] Verbs) Counts => counts ??= CountAll();

    private (int[] QuoteMarks, int[] Verbs)? counts;

    private (int[] QuoteMarks, int[] Verbs) CountAll()
    {
        var quoteMarks = new int[tokens.Count + 1];
        var verbs = new int[tokens.Count + 1];
        for (int i = 0; i < tokens.Count; i++)
        {
            quoteMarks[i + 1] = quoteMarks[i] + (Word(i) is "“" or "”" or "\"" ? 1 : 0);
            verbs[i + 1] = verbs[i] + (tags.Tags[i] == Upos.VERB ? 1 : 0);
        }

        return (quoteMarks, verbs);
    }

    private static int Bucket(int distance) => distance switch
    {
        < 3 => distance,
        < 6 => 3,
        < 11 => 4,
        _ => 5,
    };

    /// <summary>1 + the curated class, 10 + the learned class, 0 when neither lexicon lists the word.</summary>
    private int LexiconClass(int token, int end)
    {
        if (QuoteCues.Table.TryMatch(document, tokens, token, end, out _, out var curated))
        {
            return 1 + (int)curated;
        }

        return QuoteCues.TryLearned(tags.Lemmas[token], out var learned) ? 10 + (int)learned : 0;
    }
}
