using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// The UPOS tagger's features (<see cref="Id"/>): the word, its lowercase, prefixes 1–3 and suffixes 1–4,
/// its shape and traits, the previous two tags, and the words ±2 around it with the suffixes of ±1; ambiguity
/// classes of the word and its neighbours, alone and as the (previous, word, next) class trigram; what the outside
/// <see cref="TagLexicon"/> says of the word and its ±1 neighbours (a word the treebanks lack takes its ambiguity
/// class from there); for a word that can link a clause (ADP, SCONJ, ADV, PART), how far ahead the next possible verb is.
/// Per-token parts are hashed once per sentence; a position only combines precomputed hashes.
/// Reused sentence after sentence by one thread.
/// </summary>
internal sealed class PosFeatures(TagDictionary? tagDictionary, WordClasses? classes, ClusterTable? clusters, TagLexicon? lexicon, int capacity = 64) : ISequenceFeatures
{
    /// <summary>Names this extractor; change it whenever a feature or template number changes.</summary>
    public const string Id = "pos-features-6";

    public const int MaxAffix = 4;

    /// <summary>Marks an ambiguity class taken from the <see cref="TagLexicon"/>, not from the training data.</summary>
    private const uint OutsideClass = 1u << 31;

    private static readonly TokenHashes Before1 = TokenHashes.Boundary("<s>"), Before2 = TokenHashes.Boundary("<s2>");
    private static readonly TokenHashes After1 = TokenHashes.Boundary("</s>"), After2 = TokenHashes.Boundary("</s2>");

    /// <summary>Bounds the memory of unknown words' hashes on hostile input.</summary>
    private const int MaxUnknownWords = 4096;

    private TokenHashes[] tokens = new TokenHashes[capacity];
    private Dictionary<string, TokenHashes>? unknownWords;
    private int[] fixedLabels = new int[capacity];
    private int[] verbAhead = new int[capacity];

    public int Length { get; private set; }

    /// <summary>The exact-form hash of each word, also the key of the tag dictionary and the lemma lexicon.</summary>
    public ulong FormHash(int position) => tokens[position].Exact;

    /// <summary>The hash of each word's invariant lowercase (the lemma lexicon's fallback key).</summary>
    public ulong LowerHash(int position) => tokens[position].Lower;

    /// <summary>The exact-form hash <see cref="FormHash"/> gives, for a word outside any sentence.</summary>
    public static ulong FormHashOf(ReadOnlySpan<char> word) => FeatureHash.Add(FeatureHash.Start(0), word);

    /// <summary>The lowercase hash <see cref="LowerHash"/> gives, for a word outside any sentence.</summary>
    public static ulong LowerHashOf(ReadOnlySpan<char> word) => FeatureHash.AddLowercase(FeatureHash.Start(0), word);

    private void Grow(int length)
    {
        Length = length;
        if (tokens.Length < length)
        {
            tokens = new TokenHashes[length * 2];
            fixedLabels = new int[length * 2];
            verbAhead = new int[length * 2];
        }
    }

    public void Reset(ReadOnlySpan<string> words)
    {
        Grow(words.Length);

        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = Hash(words[i], i == 0, classes, clusters, lexicon);
            fixedLabels[i] = tagDictionary?.LabelOf(tokens[i].Exact) ?? -1;
        }

        Style = StyleOf(words);
        ReadVerbAhead(words.Length);
    }

    private const uint VerbBits = (1u << (int)Upos.VERB) | (1u << (int)Upos.AUX);
    private const uint PunctuationBit = 1u << (int)Upos.PUNCT;
    private const uint ClauseLinkBits = (1u << (int)Upos.ADP) | (1u << (int)Upos.SCONJ) | (1u << (int)Upos.ADV) | (1u << (int)Upos.PART);

    /// <summary>
    /// How far right the nearest word that can be a verb stands (1–5, 0 when punctuation or the sentence end comes
    /// first): a preposition heading a clause ("after Israel killed …", "for investors to make …") is SCONJ in UD.
    /// </summary>
    private void ReadVerbAhead(int length)
    {
        int nearest = -1;
        for (int i = length - 1; i >= 0; i--)
        {
            verbAhead[i] = nearest < 0 ? 0 : Math.Min(nearest - i, 5);
            uint tags = tokens[i].AnyClass & ~OutsideClass;
            if (tags == PunctuationBit)
            {
                nearest = -1;
            }
            else if ((tags & VerbBits) != 0)
            {
                nearest = i;
            }
        }
    }

    /// <summary>How the sentence is cased: 0 ordinary, 1 all lowercase, 2 title case (headlines, names lists).</summary>
    public int Style { get; private set; }

    private int StyleOf(ReadOnlySpan<string> words)
    {
        int letterWords = 0, capitalised = 0;
        bool anyUpper = false;
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }

            letterWords++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
            anyUpper |= (tokens[i].Traits & TokenHashes.UpperTrait) != 0;
        }

        return letterWords == 0 ? 0 : !anyUpper ? 1 : letterWords >= 2 && capitalised * 5 >= letterWords * 3 ? 2 : 0;
    }

    /// <summary>
    /// Like <see cref="Reset(ReadOnlySpan{string})"/>, taking the hashes of known words from
    /// <paramref name="cache"/>; <paramref name="cacheEntries"/> holds each word's entry or -1 (see
    /// <see cref="WordScoreCache.Read"/>).
    /// </summary>
    public void Reset(ReadOnlySpan<string> words, WordScoreCache cache, ReadOnlySpan<int> cacheEntries)
    {
        Grow(words.Length);

        for (int i = 0; i < words.Length; i++)
        {
            int entry = cacheEntries[i];
            if (entry >= 0)
            {
                tokens[i] = cache.Hashes(entry);
                if (i == 0)
                {
                    tokens[i].Traits |= TokenHashes.SentenceStartTrait;
                }
            }
            else
            {
                tokens[i] = UnknownWord(words[i], i == 0);
            }

            fixedLabels[i] = entry >= 0 ? cache.FixedLabel(entry) : -1; // dictionary words are lexicon words
        }

        Style = StyleOf(words);
        ReadVerbAhead(words.Length);
    }

    /// <summary>
    /// The hashes of a word the score cache lacks. A document repeats its rare words (names above all), so they
    /// are kept, up to <see cref="MaxUnknownWords"/> words, sparing the affix, shape and lexicon work.
    /// </summary>
    private TokenHashes UnknownWord(string word, bool sentenceStart)
    {
        unknownWords ??= new Dictionary<string, TokenHashes>(StringComparer.Ordinal);
        if (!unknownWords.TryGetValue(word, out var token))
        {
            if (unknownWords.Count >= MaxUnknownWords)
            {
                unknownWords.Clear();
            }

            token = Hash(word, sentenceStart: false, classes, clusters, lexicon);
            unknownWords[word] = token;
        }

        if (sentenceStart)
        {
            token.Traits |= TokenHashes.SentenceStartTrait;
        }

        return token;
    }

    /// <summary>The hashes of one word, with its ambiguity classes.</summary>
    public static TokenHashes Hash(string word, bool sentenceStart, WordClasses? classes, ClusterTable? clusters, TagLexicon? lexicon)
    {
        var token = TokenHashes.Of(word, sentenceStart);
        token.Cluster = clusters?.FineOf(word) ?? -1;
        if (classes is not null)
        {
            token.ExactClass = classes.ExactClass(token.Exact);
            token.LowerClass = classes.LowerClass(token.Lower);
        }

        token.LexiconFirst = -1;
        if (lexicon is not null)
        {
            var entry = lexicon.Find(token.Exact, token.Lower, out token.LexiconMatch);
            token.LexiconMask = entry.Mask;
            token.LexiconFirst = token.LexiconMatch == 0 ? -1 : entry.First;
            if (token.AnyClass == 0 && token.LexiconMatch != 0)
            {
                token.LowerClass = entry.Upos | OutsideClass; // a word the treebanks lack takes its class from the lexicon
            }
        }

        return token;
    }

    /// <summary>The boundary markers: 0 = one before the sentence, 1 = two before, 2 = one after, 3 = two after.</summary>
    public static ref readonly TokenHashes Boundary(int which)
    {
        switch (which)
        {
            case 0:
                return ref Before1;
            case 1:
                return ref Before2;
            case 2:
                return ref After1;
            default:
                return ref After2;
        }
    }

    public int FixedLabel(int position) => fixedLabels[position];

    public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features)
    {
        AddWordFeatures(in tokens[position], features);
        AddNeighbourFeatures(in At(position - 1), NeighbourRole.Previous, features);
        AddNeighbourFeatures(in At(position + 1), NeighbourRole.Next, features);
        AddNeighbourFeatures(in At(position - 2), NeighbourRole.Previous2, features);
        AddNeighbourFeatures(in At(position + 2), NeighbourRole.Next2, features);
        AddContextFeatures(position, previousLabels, features);
        AddTagFeatures(
            position >= 1 && previousLabels.Length >= position ? previousLabels[position - 1] : -1,
            position >= 2 && previousLabels.Length >= position ? previousLabels[position - 2] : -1,
            features);
    }

    /// <summary>Features of the two previous tags alone (-1 before the sentence); a small table at inference.</summary>
    public static void AddTagFeatures(int tag1, int tag2, FeatureVector features)
    {
        features.Add(FeatureHash.Add(FeatureHash.Start(13), tag1));
        features.Add(FeatureHash.Add(FeatureHash.Start(14), tag2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(15), tag1), tag2));
    }

    /// <summary>Features of the word itself (cacheable per word form and sentence-start flag).</summary>
    public static void AddWordFeatures(in TokenHashes word, FeatureVector features)
    {
        features.Add(FeatureHash.Start(1));
        features.Add(Combine(2, word.Lower));
        features.Add(Combine(3, word.Exact));
        for (int i = 0; i < MaxAffix; i++)
        {
            if (word.Suffixes[i] != 0)
            {
                features.Add(Combine(4 + i, word.Suffixes[i]));
            }

            if (i < 3 && word.Prefixes[i] != 0)
            {
                features.Add(Combine(8 + i, word.Prefixes[i]));
            }
        }

        features.Add(Combine(11, word.Shape));
        features.Add(FeatureHash.Add(FeatureHash.Start(12), word.Traits));
        features.Add(FeatureHash.Add(FeatureHash.Start(28), (int)word.ExactClass));
        features.Add(FeatureHash.Add(FeatureHash.Start(29), (int)word.LowerClass));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(35), word.Traits), (int)word.LowerClass));
        features.Add(FeatureHash.AddHash(Combine(36, word.Shape), word.Suffixes[2]));
        if (word.Cluster >= 0)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(46), word.Cluster >> 4));
            features.Add(FeatureHash.Add(FeatureHash.Start(47), word.Cluster >> 2));
            features.Add(FeatureHash.Add(FeatureHash.Start(48), word.Cluster));
        }
        else
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(46), -1));
        }

        if (word.HyphenTail != 0)
        {
            features.Add(Combine(37, word.HyphenTail));
        }

        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(51), word.LexiconMatch), word.LexiconMask));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(52), word.LexiconMatch), word.LexiconFirst));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(53), word.Traits), word.LexiconFirst));
    }

    /// <summary>Features of a word seen from a neighbouring position (cacheable per word form and role).</summary>
    public static void AddNeighbourFeatures(in TokenHashes neighbour, NeighbourRole role, FeatureVector features)
    {
        switch (role)
        {
            case NeighbourRole.Previous:
                features.Add(Combine(17, neighbour.Lower));
                features.Add(Combine(18, neighbour.Suffixes[2]));
                features.Add(Combine(27, neighbour.Shape));
                features.Add(FeatureHash.Add(FeatureHash.Start(32), (int)neighbour.AnyClass));
                features.Add(FeatureHash.Add(FeatureHash.Start(49), neighbour.Cluster >> 2));
                features.Add(FeatureHash.Add(FeatureHash.Start(54), neighbour.LexiconFirst));
                break;
            case NeighbourRole.Next:
                features.Add(Combine(20, neighbour.Lower));
                features.Add(Combine(21, neighbour.Suffixes[2]));
                features.Add(Combine(26, neighbour.Shape));
                features.Add(FeatureHash.Add(FeatureHash.Start(30), (int)neighbour.AnyClass));
                features.Add(FeatureHash.Add(FeatureHash.Start(50), neighbour.Cluster >> 2));
                features.Add(FeatureHash.Add(FeatureHash.Start(55), neighbour.LexiconFirst));
                features.Add(FeatureHash.AddHash(FeatureHash.Start(56), neighbour.LexiconMask));
                break;
            case NeighbourRole.Previous2:
                features.Add(Combine(19, neighbour.Lower));
                break;
            case NeighbourRole.Next2:
                features.Add(Combine(22, neighbour.Lower));
                features.Add(FeatureHash.Add(FeatureHash.Start(31), (int)neighbour.AnyClass));
                break;
        }
    }

    /// <summary>Features combining the word with its neighbours or with the previous tag.</summary>
    public void AddContextFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features)
    {
        ref readonly var word = ref tokens[position];
        ref readonly var previous = ref At(position - 1);
        ref readonly var next = ref At(position + 1);
        int tag1 = position >= 1 && previousLabels.Length >= position ? previousLabels[position - 1] : -1;
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(16), tag1), word.Lower));
        features.Add(FeatureHash.AddHash(Combine(23, previous.Lower), word.Lower));
        features.Add(FeatureHash.AddHash(Combine(24, word.Lower), next.Lower));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(25), tag1), next.Lower));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(33), tag1), (int)word.AnyClass));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(34), (int)word.AnyClass), (int)next.AnyClass));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(40), (int)previous.AnyClass), (int)word.AnyClass), (int)next.AnyClass));
        if ((word.AnyClass & ClauseLinkBits) != 0)
        {
            features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(59), verbAhead[position]), word.Lower));
        }

        if (Style != 0)
        {
            features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(38), Style), word.Traits), (int)word.AnyClass));
            features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(39), Style), word.Shape));
        }
    }

    private static ulong Combine(int template, ulong part) => FeatureHash.AddHash(FeatureHash.Start(template), part);

    /// <summary>The token at <paramref name="position"/>, or a boundary marker up to two places outside the sentence.</summary>
    public ref readonly TokenHashes At(int position)
    {
        if (position < 0)
        {
            return ref position == -1 ? ref Before1 : ref Before2;
        }

        if (position >= Length)
        {
            return ref position == Length ? ref After1 : ref After2;
        }

        return ref tokens[position];
    }
}

/// <summary>Where a neighbouring word stands relative to the position being tagged.</summary>
internal enum NeighbourRole
{
    Previous,
    Next,
    Previous2,
    Next2,
}
