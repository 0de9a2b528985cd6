namespace Dateline.Entities.Recognition;

/// <summary>
/// How each word is written elsewhere in the same document: a capitalised word that also appears in lower case
/// is probably an ordinary word at a sentence start; one capitalised mid-sentence is probably a name, which
/// helps headlines and sentence-initial mentions. Built once per document before tagging.
/// </summary>
public sealed class DocumentCase
{
    private readonly HashSet<ulong> lowerCase = [];
    private readonly HashSet<ulong> capitalizedMidSentence = [];
    private readonly Dictionary<ulong, List<ulong>> contexts = [];

    /// <summary>At most this many distinct neighbour words are kept per word: enough to aggregate, bounded in cost.</summary>
    public const int MaxContexts = 12;

    public DocumentCase(IEnumerable<SentenceFeatures> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.Shouted)
            {
                continue;
            }

            for (int i = 0; i < sentence.Length; i++)
            {
                if (sentence.LowerInitial[i])
                {
                    lowerCase.Add(sentence.LowerHashes[i]);
                }
                else if (sentence.Capitalized[i] && i > 0 && !sentence.AfterOpening[i])
                {
                    capitalizedMidSentence.Add(sentence.LowerHashes[i]);
                }

                if (sentence.Capitalized[i])
                {
                    AddContext(sentence.LowerHashes[i], i > 0 ? sentence.LowerHashes[i - 1] : 1);
                    AddContext(sentence.LowerHashes[i], i + 1 < sentence.Length ? ~sentence.LowerHashes[i + 1] : 2);
                }
            }
        }
    }

    /// <summary>
    /// The words seen around the capitalised occurrences of a word in this document (previous words as their
    /// hash, following words complemented), so each mention shares the context of all.
    /// </summary>
    public IReadOnlyList<ulong> ContextsOf(ulong foldedWord) => contexts.TryGetValue(foldedWord, out var list) ? list : [];

    private void AddContext(ulong word, ulong context)
    {
        if (!contexts.TryGetValue(word, out var list))
        {
            list = [];
            contexts[word] = list;
        }

        if (list.Count < MaxContexts && !list.Contains(context))
        {
            list.Add(context);
        }
    }

    /// <summary>0: no evidence; 1: seen in lower case; 2: seen capitalised mid-sentence; 3: both.</summary>
    public ulong EvidenceFor(ulong foldedWord) =>
        (lowerCase.Contains(foldedWord) ? 1UL : 0UL) | (capitalizedMidSentence.Contains(foldedWord) ? 2UL : 0UL);
}
