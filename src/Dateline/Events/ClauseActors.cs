using Dateline.Tagging;

namespace Dateline.Events;

/// <summary>A coded actor phrase over words <c>[Start, End)</c> of a sentence, e.g. "Gondor's foreign minister" → <c>GONGOVFRM</c>.</summary>
public sealed record ActorPhrase(int Start, int End, string Code, string? ActorId)
{
    /// <summary>The phrase in the raw text (it may lie in an earlier sentence when the subject is carried over).</summary>
    public Documents.TextSpan Span { get; init; }
}

/// <summary>What the coder remembers across the sentences of one article (one instance per document).</summary>
public sealed class ArticleMemory
{
    /// <summary>Names learnt from role phrases: "Secretary of State Antony Blinken" → BLINKEN = USAGOV.</summary>
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>The subject of the previous sentence, for "And appeared to reject …".</summary>
    public List<ActorPhrase>? LastSubject { get; set; }
}

/// <summary>An actor the pipeline already knows (from the actor layer) over words <c>[Start, End)</c>.</summary>
/// <param name="IsPerson">The actor is a person: a dictionary word ending the name is the person's surname.</param>
public sealed record KnownActor(int Start, int End, string? Code, string? ActorId, bool IsPerson = false);

/// <summary>
/// Finds actor phrases in a sentence and groups coordinated ones: dictionary actors and agents (longest match)
/// joined through possessives and "of/in/from" ("the government of Gondor", "lawmakers in Fornost and Gondor"),
/// then coordinated with "and", "or", "nor" and commas ("Egypt, Qatar and the United States").
/// </summary>
internal static class ClauseActors
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "'S", "'", "OF", "IN", "FROM", "THE", "AT" };
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "OF", "IN", "FROM", "AT" };
    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "AND", "OR", "NOR", ",", "&" };

    private sealed class Unit
    {
        public int Start;
        public int End;
        public readonly List<string> Actors = [];
        public readonly List<(string Code, bool Prefix)> Agents = [];
        public string? ActorId;
        public bool AgentsDistribute;
    }

    private readonly record struct Mention(int Start, int End, string? ActorCode, AgentEntry? Agent, string? ActorId);

    /// <summary>Coordinated groups of actor phrases, in sentence order.</summary>
    /// <param name="learned">Names learnt earlier in the article: "US Secretary of State Antony Blinken" teaches that
    /// a later "Blinken" is USAGOV. Updated in place; null when nothing should be learnt.</param>
    public static List<List<ActorPhrase>> Find(EventLexicon lexicon, ClauseText clause, int date, IReadOnlyList<KnownActor> known, Func<int, bool> isVerb, IDictionary<string, string>? learned = null)
    {
        var mentions = Mentions(lexicon, clause, date, known, learned);
        var units = new List<Unit>();
        foreach (var mention in mentions)
        {
            var last = units.Count > 0 ? units[^1] : null;
            if (last is not null && CanJoin(clause, last, mention, isVerb, out bool viaPreposition))
            {
                Add(last, mention);
                last.AgentsDistribute |= viaPreposition && mention.ActorCode is not null && last.Agents.Count > 0;
                last.End = mention.End;
                continue;
            }

            var unit = new Unit { Start = mention.Start, End = mention.End };
            Add(unit, mention);
            units.Add(unit);
        }

        for (int u = 0; u < units.Count; u++)
        {
            ExtendOverName(clause, units[u], u + 1 < units.Count ? units[u + 1].Start : clause.Count, isVerb, learned);
        }

        var groups = new List<List<Unit>>();
        foreach (var unit in units)
        {
            if (groups.Count > 0 && Coordinated(clause, groups[^1][^1].End, unit.Start, isVerb))
            {
                groups[^1].Add(unit);
            }
            else
            {
                groups.Add([unit]);
            }
        }

        return groups.Select(g => Resolve(clause, g)).ToList();
    }

    private static List<ActorPhrase> Resolve(ClauseText clause, List<Unit> group)
    {
        var result = new List<ActorPhrase>();
        List<(string, bool)>? distributed = null;
        foreach (var unit in group)
        {
            if (unit.AgentsDistribute)
            {
                distributed = unit.Agents.ToList();
            }
            else if (distributed is not null && unit.Agents.Count == 0)
            {
                unit.Agents.AddRange(distributed);
            }

            // A dictionary entry may stand for several actors at once ("the Shire" → FRO/BIL/SAM).
            foreach (var code in CodeOf(unit).Split('/'))
            {
                result.Add(new ActorPhrase(unit.Start, unit.End, code, unit.ActorId) { Span = new(clause.Spans[unit.Start].Start, clause.Spans[unit.End - 1].End) });
            }
        }

        return result;
    }

    /// <summary>"Secretary of State Antony Blinken": a role followed by a name takes the name into the phrase.</summary>
    private static void ExtendOverName(ClauseText clause, Unit unit, int limit, Func<int, bool> isVerb, IDictionary<string, string>? learned)
    {
        bool isRole = unit.Agents.Count > 0 || unit.Actors.Any(a => a.Length > 3);
        if (!isRole)
        {
            return;
        }

        int end = unit.End;
        while (end < limit && end - unit.End < 3 && clause.IsCapitalized(end) && char.IsLetter(clause.Words[end][0]) && !isVerb(end))
        {
            end++;
        }

        if (end == unit.End)
        {
            return;
        }

        unit.End = end;
        if (learned is not null && unit.Actors.Count > 0 && !unit.Actors[0].StartsWith("---", StringComparison.Ordinal))
        {
            learned[clause.Words[end - 1]] = CodeOf(unit);
        }
    }

    private static string CodeOf(Unit unit)
    {
        string actor = unit.Actors.Count == 0 ? "---" : string.Concat(unit.Actors);
        string prefix = string.Concat(unit.Agents.Where(a => a.Prefix).Select(a => a.Code));
        string code = prefix + actor;
        foreach (var (agent, isPrefix) in unit.Agents)
        {
            if (!isPrefix && !code.EndsWith(agent, StringComparison.Ordinal) && !(code.Length > 3 && code[3..].Contains(agent, StringComparison.Ordinal)))
            {
                code += agent;
            }
        }

        return code;
    }

    private static void Add(Unit unit, Mention mention)
    {
        if (mention.ActorCode is not null)
        {
            // "Dagolath's deputy prime minister Telemar": a person coded DAGGOV refines the country DAG.
            int refined = unit.Actors.FindIndex(a => mention.ActorCode.StartsWith(a, StringComparison.Ordinal));
            if (refined >= 0)
            {
                unit.Actors[refined] = mention.ActorCode;
                unit.ActorId ??= mention.ActorId;
                return;
            }

            if (unit.Actors.Any(a => a.StartsWith(mention.ActorCode, StringComparison.Ordinal)))
            {
                return;
            }

            unit.Actors.Add(mention.ActorCode);
            unit.ActorId ??= mention.ActorId;
        }

        if (mention.Agent is not null)
        {
            unit.Agents.Add((mention.Agent.Code, mention.Agent.Prefix));
        }
    }

    private static bool CanJoin(ClauseText clause, Unit unit, Mention next, Func<int, bool> isVerb, out bool viaPreposition)
    {
        viaPreposition = false;
        bool bringsActor = next.ActorCode is not null && unit.Actors.Count == 0;
        bool bringsAgent = next.Agent is not null && (unit.Agents.Count == 0 || next.End - next.Start > 0);
        int gap = next.Start - unit.End;
        if (gap == 0)
        {
            return next.ActorCode is not null || next.Agent is not null;
        }

        if (!bringsActor && !(bringsAgent && unit.Actors.Count > 0 && next.ActorCode is null))
        {
            return false;
        }

        int free = 0;
        for (int i = unit.End; i < next.Start; i++)
        {
            string word = clause.Words[i];
            if (Joiners.Contains(word))
            {
                viaPreposition |= Prepositions.Contains(word);
                continue;
            }

            // "the Islamic State during NBC's commander forum": another preposition starts a phrase of its own.
            if (isVerb(i) || !char.IsLetter(word[0]) || Coordinators.Contains(word) || clause.Tags?[i] == Upos.ADP || ++free > 2)
            {
                return false;
            }
        }

        // "X in Y" joins an agent to a place ("activists in Arnor"), never an actor to another actor.
        return !viaPreposition || unit.Actors.Count == 0;
    }

    private static bool Coordinated(ClauseText clause, int end, int start, Func<int, bool> isVerb)
    {
        bool sawCoordinator = false;
        int free = 0;
        for (int i = end; i < start; i++)
        {
            string word = clause.Words[i];
            if (Coordinators.Contains(word) || word is "NEITHER" or "BOTH" or "EITHER")
            {
                sawCoordinator = true;
                continue;
            }

            if (word == "THE" || (char.IsLetter(word[0]) && !isVerb(i) && ++free <= 2))
            {
                continue;
            }

            return false;
        }

        return sawCoordinator;
    }

    /// <summary>
    /// A dictionary phrase inside a longer name the actor layer could not code is part of that name, not an actor: the
    /// end of the name, else null. That holds when the name goes on past the phrase ("Zero Hedge", "Los Angeles Times"),
    /// and when it starts before it (with more than "the") and names no person ("Ground Zero", "Bank of England") or
    /// the phrase codes a bare state ("Mark Cuban" is no CUB, "Michael Jordan" no JOR), also when a person is named by that
    /// word alone (a later "Lima" for Roberto Lima is no PER). A person's name that only starts earlier keeps a
    /// dictionary surname of a person ("Donald Trump").
    /// </summary>
    private static int? InsideLongerName(ClauseText clause, IReadOnlyList<KnownActor> known, int k, int start, int length, bool stateOnly)
    {
        if (length == 0)
        {
            return null;
        }

        // Known names are sorted by start and do not overlap: the one covering start is at k or just before it.
        for (int j = Math.Max(0, k - 1); j < known.Count && known[j].Start <= start; j++)
        {
            var name = known[j];
            if (name.Code is null && name.Start <= start
                && (start + length < name.End || (start + length <= name.End && (!name.IsPerson || stateOnly) && NamedBefore(clause, name.Start, start))
                    || (name.IsPerson && stateOnly && name.End == start + length)))
            {
                return name.End;
            }
        }

        return null;
    }

    /// <summary>A word other than "the" stands in <c>[from, to)</c>: "The Washington Post" is still the Post.</summary>
    private static bool NamedBefore(ClauseText clause, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!clause.Words[i].Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words <c>[start, end)</c> touch a hyphen that joins them to the word before or after.</summary>
    private static bool InCompound(ClauseText clause, int start, int end)
    {
        bool Joins(int hyphen) =>
            hyphen > 0 && hyphen + 1 < clause.Count && clause.Words[hyphen] == "-"
            && clause.Spans[hyphen - 1].End == clause.Spans[hyphen].Start && clause.Spans[hyphen].End == clause.Spans[hyphen + 1].Start;

        return Joins(start - 1) || Joins(end);
    }

    private static bool IsLowerCase(string word)
    {
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Mention> Mentions(EventLexicon lexicon, ClauseText clause, int date, IReadOnlyList<KnownActor> known, IDictionary<string, string>? learned)
    {
        var mentions = new List<Mention>();
        int k = 0;
        for (int i = 0; i < clause.Count;)
        {
            while (k < known.Count && known[k].Start < i)
            {
                k++;
            }

            ActorEntry? actor = null;
            AgentEntry? agent = null;
            var kinds = clause.Kinds.Length > i ? clause.Kinds[i] : PhraseKinds.Actor | PhraseKinds.Agent;
            int actorLength = (kinds & PhraseKinds.Actor) != 0 ? lexicon.ActorTrie.LongestMatch(clause.Words, i, clause.Count, out actor) : 0;
            int agentLength = (kinds & PhraseKinds.Agent) != 0 ? lexicon.AgentTrie.LongestMatch(clause.Words, i, clause.Count, out agent) : 0;
            if (k < known.Count && known[k].Start == i && known[k].Code is { } knownCode && known[k].End - i >= Math.Max(actorLength, agentLength))
            {
                mentions.Add(new Mention(i, known[k].End, knownCode, null, known[k].ActorId));
                i = known[k].End;
                continue;
            }

            if (actorLength == 0 && agentLength == 0 && learned is not null && clause.IsCapitalized(i) && learned.TryGetValue(clause.Words[i], out var learnedCode))
            {
                mentions.Add(new Mention(i, i + 1, learnedCode, null, null));
                i++;
                continue;
            }

            string? actorCode = actor?.CodeOn(date);
            bool stateOnly = actorLength >= agentLength && actorCode is { Length: 3 } && actorCode != "---";
            if (InsideLongerName(clause, known, k, i, Math.Max(actorLength, agentLength), stateOnly) is int nameEnd)
            {
                i = nameEnd;
                continue;
            }

            if ((actorLength == 1 && IsLowerCase(clause.Originals[i])) || InCompound(clause, i, i + actorLength))
            {
                // Names are capitalised: "us" is the pronoun, not US. "African-American", "anti-American": a
                // hyphenated compound describes, it names no state.
                actorCode = null;
            }

            if (actorLength > 0 && actorLength >= agentLength && actorCode == "---")
            {
                // The dictionary's "---" entries name nothing codable, and neither do their words ("African American").
                i += actorLength;
                continue;
            }

            if (actorLength > 0 && actorLength >= agentLength && actorCode is not null && actorCode != "---")
            {
                string? id = k < known.Count && known[k].Start == i ? known[k].ActorId : null;
                mentions.Add(new Mention(i, i + actorLength, actorCode, null, id));
                i += actorLength;
            }
            else if (agentLength > 0)
            {
                mentions.Add(new Mention(i, i + agentLength, null, agent, null));
                i += agentLength;
            }
            else
            {
                i++;
            }
        }

        return mentions;
    }
}
