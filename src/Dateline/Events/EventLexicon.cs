namespace Dateline.Events;

/// <summary>A date-bounded role of an actor: <see cref="Code"/> applies from <see cref="From"/> to <see cref="To"/> (yyyymmdd, inclusive).</summary>
public sealed record ActorRole(string Code, int From, int To);

/// <summary>An actor phrase (upper-case words) with its default code and date-bounded roles.</summary>
public sealed record ActorEntry(string[] Words, string? DefaultCode, IReadOnlyList<ActorRole> Roles)
{
    /// <summary>The code that holds on <paramref name="date"/> (yyyymmdd; 0 = unknown, which takes the default).</summary>
    public string? CodeOn(int date)
    {
        if (date > 0)
        {
            foreach (var role in Roles)
            {
                if (date >= role.From && date <= role.To)
                {
                    return role.Code;
                }
            }
        }

        return DefaultCode ?? (Roles.Count > 0 && date == 0 ? Roles[^1].Code : null);
    }
}

/// <summary>An agent phrase such as "foreign minister" → <c>GOVFRM</c>; <see cref="Prefix"/> agents go before the country code (<c>NGO~</c>).</summary>
public sealed record AgentEntry(string[] Words, string Code, bool Prefix);

/// <summary>
/// A verb form (upper-case words; <see cref="VerbWord"/> is the index of the inflected verb in a multi-word
/// form) belonging to the synonym block <see cref="Block"/>, with its own code or the block's.
/// </summary>
public sealed record VerbForm(string[] Words, int VerbWord, int Block, string Code);

/// <summary>
/// One element of a verb pattern: alternative word sequences (a synonym set expands to several), and whether it
/// must follow the previous element immediately.
/// </summary>
public sealed record PatternItem(IReadOnlyList<string[]> Alternatives, bool Adjacent)
{
    /// <summary>The alternatives by their first word, so matching costs one lookup per word of the window.</summary>
    internal Dictionary<string, string[][]> ByFirstWord { get; } = Alternatives
        .GroupBy(a => a.Length > 0 ? a[0] : string.Empty, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The distinct words an alternative starts with.</summary>
    internal string[] Starts { get; } = Alternatives.Select(a => a[0]).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>A verb pattern of block <see cref="Block"/>: words before and after the verb that select <see cref="Code"/>.</summary>
public sealed record VerbPattern(int Block, IReadOnlyList<PatternItem> Before, IReadOnlyList<PatternItem> After, string Code, int Line)
{
    /// <summary>The marker a compound subject must fill: "Gondor and Osgiliath agree" codes each with the other.</summary>
    public const string CompoundMarker = "%";

    /// <summary>The pattern codes a coordinated subject's members with each other (PETRARCH's <c>%</c> before the verb).</summary>
    public bool Compound => Before.Any(i => i.Alternatives is [[CompoundMarker]]);

    /// <summary>Per item, the words an alternative can start with: a pattern whose item finds none in the window cannot match.</summary>
    internal IReadOnlyList<string[]> Anchors { get; } = Before.Concat(After)
        .Where(i => i.Alternatives is not [[CompoundMarker]])
        .Select(i => i.Starts)
        .ToArray();

    public int Weight => Before.Sum(i => i.Alternatives.Max(a => a.Length)) + After.Sum(i => i.Alternatives.Max(a => a.Length));
}

/// <summary>The dictionaries a word can open a phrase of.</summary>
[Flags]
internal enum PhraseKinds : byte
{
    None = 0,
    Actor = 1,
    Agent = 2,
    Verb = 4,
    Discard = 8,
}

/// <summary>A discard phrase: a sentence (or, with <see cref="WholeStory"/>, the article) that mentions it is not coded.</summary>
public sealed record DiscardEntry(string[] Words, bool WholeStory);

/// <summary>
/// Everything the event coder looks up: actors, agents, verb forms and patterns (CAMEO), discards. Built from
/// the compact data files (<see cref="EventLexiconFormat"/>) or, for evaluation, from PETRARCH's own files.
/// </summary>
public sealed class EventLexicon
{
    public EventLexicon(
        IReadOnlyList<ActorEntry> actors,
        IReadOnlyList<AgentEntry> agents,
        IReadOnlyList<string> blocks,
        IReadOnlyList<VerbForm> verbs,
        IReadOnlyList<VerbPattern> patterns,
        IReadOnlyList<DiscardEntry> discards)
        : this(TableOf(actors), agents, blocks, verbs, patterns, discards)
    {
    }

    internal EventLexicon(
        ActorTable.Builder actors,
        IReadOnlyList<AgentEntry> agents,
        IReadOnlyList<string> blocks,
        IReadOnlyList<VerbForm> verbs,
        IReadOnlyList<VerbPattern> patterns,
        IReadOnlyList<DiscardEntry> discards)
    {
        (Actors, ActorTrie) = actors.Build();
        Agents = agents;
        Blocks = blocks;
        Verbs = verbs;
        Patterns = patterns;
        Discards = discards;
        var agentPhrases = new PhraseTrieBuilder();
        var verbPhrases = new PhraseTrieBuilder();
        var discardPhrases = new PhraseTrieBuilder();
        AgentTrie = PhraseTrie<AgentEntry>.Build(agents, a => a.Words, agentPhrases);
        VerbTrie = PhraseTrie<VerbForm>.Build(verbs, v => v.Words, verbPhrases);
        DiscardTrie = PhraseTrie<DiscardEntry>.Build(discards, d => d.Words, discardPhrases);
        FirstWords = new Dictionary<ulong, PhraseKinds>(actors.FirstWords.Count + agentPhrases.FirstWords.Count + verbPhrases.FirstWords.Count + discardPhrases.FirstWords.Count);
        MarkFirstWords(actors.FirstWords, PhraseKinds.Actor);
        MarkFirstWords(agentPhrases.FirstWords, PhraseKinds.Agent);
        MarkFirstWords(verbPhrases.FirstWords, PhraseKinds.Verb);
        MarkFirstWords(discardPhrases.FirstWords, PhraseKinds.Discard);
        FirstWords.TrimExcess(); // words that start phrases of several kinds leave part of the table empty
        var byBlock = new List<VerbPattern>[blocks.Count];
        foreach (var pattern in patterns)
        {
            (byBlock[pattern.Block] ??= []).Add(pattern);
        }

        // Most specific first: a longer pattern that matches beats the bare verb and shorter patterns.
        PatternsByBlock = byBlock.Select(list => (IReadOnlyList<VerbPattern>)(list?.OrderByDescending(p => p.Weight).ThenBy(p => p.Line).ToArray() ?? [])).ToArray();
        PatternIndex = PatternsByBlock.Select(IndexByAnchor).ToArray();
    }

    /// <summary>
    /// Which dictionaries have a phrase starting with a word (by its <see cref="Entities.Gazetteers.PhraseHash"/>): one
    /// lookup per token instead of one per dictionary (the actor trie is large, and most words start nothing).
    /// </summary>
    private Dictionary<ulong, PhraseKinds> FirstWords { get; }

    internal PhraseKinds KindsOf(string word) => FirstWords.GetValueOrDefault(Entities.Gazetteers.PhraseHash.OfToken(word, fold: false));

    private static ActorTable.Builder TableOf(IReadOnlyList<ActorEntry> actors)
    {
        var table = new ActorTable.Builder();
        foreach (var actor in actors)
        {
            table.Add(actor);
        }

        return table;
    }

    private void MarkFirstWords(HashSet<ulong> words, PhraseKinds kind)
    {
        foreach (ulong word in words)
        {
            FirstWords[word] = FirstWords.GetValueOrDefault(word) | kind;
        }
    }

    /// <summary>
    /// Per block, the positions (in <see cref="PatternsByBlock"/> order) of the patterns whose first item can start
    /// with a word, plus the anchorless patterns under the empty key: only these need trying for a sentence.
    /// </summary>
    private static Dictionary<string, int[]> IndexByAnchor(IReadOnlyList<VerbPattern> patterns)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < patterns.Count; i++)
        {
            foreach (var anchor in patterns[i].Anchors.Count == 0 ? [string.Empty] : patterns[i].Anchors[0])
            {
                if (!index.TryGetValue(anchor, out var list))
                {
                    index[anchor] = list = [];
                }

                list.Add(i);
            }
        }

        return index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<ActorEntry> Actors { get; }

    public IReadOnlyList<AgentEntry> Agents { get; }

    /// <summary>Synonym block names (the block's first verb), indexed by <see cref="VerbForm.Block"/>.</summary>
    public IReadOnlyList<string> Blocks { get; }

    public IReadOnlyList<VerbForm> Verbs { get; }

    public IReadOnlyList<VerbPattern> Patterns { get; }

    public IReadOnlyList<DiscardEntry> Discards { get; }

    internal PhraseTrie<ActorEntry> ActorTrie { get; }

    internal PhraseTrie<AgentEntry> AgentTrie { get; }

    internal PhraseTrie<VerbForm> VerbTrie { get; }

    internal PhraseTrie<DiscardEntry> DiscardTrie { get; }

    internal IReadOnlyList<VerbPattern>[] PatternsByBlock { get; }

    internal Dictionary<string, int[]>[] PatternIndex { get; }
}
