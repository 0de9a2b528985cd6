namespace Dateline.Entities.Recognition;

/// <summary>
/// What a first-stage tagger said about a whole document, read by the second stage (prediction aggregation after
/// Ratinov &amp; Roth 2009): the first-stage label of each token and its neighbours, and per word (case-folded,
/// capitalised occurrences only) the types given to it anywhere in the document, the type of its first
/// occurrence and of the longest multi-word entity containing it. Unlike <see cref="DocumentMemory"/> this also
/// sees later sentences. Built once per document; read-only afterwards.
/// </summary>
public sealed class FirstStage
{
    /// <summary>"Not in an entity" in the per-word type summaries.</summary>
    private const int Outside = 4;

    /// <summary>The bits of <see cref="WordSummary.Seen"/> that stand for entity types.</summary>
    private const int EntityTypes = (1 << Outside) - 1;

    private readonly int[] labels;

    /// <summary>Per document position: the summary of a capitalised token's word, else null.</summary>
    private readonly WordSummary?[] summaries;
    private readonly Dictionary<ulong, WordSummary> words = [];

    /// <param name="labels">First-stage BILOU labels of every token, in document order.</param>
    public FirstStage(IReadOnlyList<SentenceFeatures> sentences, int[] labels)
    {
        this.labels = labels;
        summaries = new WordSummary?[labels.Length];
        int start = 0;
        foreach (var sentence in sentences)
        {
            var sentenceLabels = labels.AsSpan(start, sentence.Length);
            for (int i = 0; i < sentence.Length; i++)
            {
                if (!sentence.Capitalized[i] && !sentence.Shouted)
                {
                    continue;
                }

                int type = EntityLabels.TypeOf(sentenceLabels[i]);
                var summary = SummaryOf(sentence.LowerHashes[i]);
                summaries[start + i] = summary;
                summary.Seen |= 1 << (type < 0 ? Outside : type);
                summary.Counts[type < 0 ? Outside : type]++;
                summary.First = summary.First < 0 ? (type < 0 ? Outside : type) : summary.First;
            }

            RememberMentions(sentence, sentenceLabels);
            start += sentence.Length;
        }
    }

    /// <summary>The first-stage label at a document position, or -1 outside the document.</summary>
    public int LabelAt(int position) => position >= 0 && position < labels.Length ? labels[position] : -1;

    /// <summary>
    /// Whether the first stage gave the capitalised word at <paramref name="position"/> more than one entity type in
    /// this document (a word both inside and outside entities does not count: re-tagging those as well cost time and
    /// gained nothing on the dev sets).
    /// </summary>
    public bool Disputes(int position) =>
        summaries[position] is { } summary && (summary.Seen & EntityTypes & ((summary.Seen & EntityTypes) - 1)) != 0;

    /// <summary>Feature values summarising a word across the document, or null when it never occurs capitalised.</summary>
    internal WordSummary? Find(ulong foldedWord) => words.GetValueOrDefault(foldedWord);

    private WordSummary SummaryOf(ulong foldedWord)
    {
        if (!words.TryGetValue(foldedWord, out var summary))
        {
            summary = new WordSummary();
            words[foldedWord] = summary;
        }

        return summary;
    }

    private void RememberMentions(SentenceFeatures sentence, ReadOnlySpan<int> sentenceLabels)
    {
        foreach (var (first, end, type) in EntityLabels.Spans(sentenceLabels.ToArray()))
        {
            for (int k = first; k < end && end - first > 1; k++)
            {
                if (sentence.Capitalized[k] || sentence.Shouted)
                {
                    var summary = SummaryOf(sentence.LowerHashes[k]);
                    if (end - first > summary.LongestLength)
                    {
                        summary.LongestLength = end - first;
                        summary.LongestType = type;
                    }
                }
            }
        }
    }

    internal sealed class WordSummary
    {
        /// <summary>Occurrences per type (index 4: outside any entity).</summary>
        public int[] Counts { get; } = new int[Outside + 1];

        /// <summary>Bit t set when some occurrence had type t.</summary>
        public int Seen { get; set; }

        public int First { get; set; } = -1;

        public int LongestLength { get; set; }

        /// <summary>Type of the longest multi-word entity holding the word; -1 when none.</summary>
        public int LongestType { get; set; } = -1;

        public int Majority
        {
            get
            {
                int best = 0;
                for (int t = 1; t < Counts.Length; t++)
                {
                    best = Counts[t] > Counts[best] ? t : best;
                }

                return best;
            }
        }
    }
}
