using Dateline.Tagging;

namespace Dateline.Events;

/// <summary>One coding of a sentence: words <c>[VerbStart, VerbEnd)</c> are the verb, <see cref="Rule"/> the pattern that chose the code.</summary>
public sealed record ClauseEvent(string Code, ActorPhrase? Source, ActorPhrase? Target, int VerbStart, int VerbEnd, string Rule, string Modality);

/// <summary>
/// Codes the events of one sentence, PETRARCH-style but over flat tags instead of a parse: verbs from the CAMEO
/// verb dictionary, the most specific matching pattern around the verb, the subject group before the verb as
/// source (the "by" group in the passive) and the first group after it as target; coordinated groups multiply.
/// </summary>
public static class ClauseCoder
{
    private const int PatternReach = 12;

    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "'S", "'", "THIS", "THESE", "THOSE", "ANY", "EACH",
        "FOR", "OF", "IN", "BY", "WITH", "ON", "AT", "FROM", "AFTER", "BEFORE", "NO",
    };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "NOT", "N'T", "NEVER", "NO", "NEITHER" };
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "COULD", "WOULD", "MIGHT", "MAY", "SHOULD", "CAN", "CA", "WO", "MUST" };
    private static readonly HashSet<string> Passive = new(StringComparer.Ordinal) { "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "GET", "GOT", "GETS" };
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "ALSO", "NOT", "N'T", "NEVER", "REPORTEDLY", "ALREADY", "JUST", "NOW", "AGAIN", "STILL" };

    private readonly record struct VerbHit(int Start, int End, VerbForm Form);

    public static List<ClauseEvent> Code(EventLexicon lexicon, ClauseText clause, int date, IReadOnlyList<KnownActor> known, ArticleMemory? memory = null)
    {
        var events = new List<ClauseEvent>();
        clause.MarkKinds(lexicon);
        if (Discarded(lexicon, clause))
        {
            return events;
        }

        var hits = Verbs(lexicon, clause);
        var verbTokens = new HashSet<int>();
        foreach (var hit in hits)
        {
            verbTokens.Add(hit.Start + hit.Form.VerbWord);
        }

        var groups = ClauseActors.Find(lexicon, clause, date, known, verbTokens.Contains, memory?.Names);
        var carried = memory?.LastSubject;
        if (memory is not null)
        {
            memory.LastSubject = null;
        }
        List<ActorPhrase>? previousSources = null;
        for (int h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (groups.Any(g => g[0].Start <= hit.Start && hit.End <= g[^1].End && g.Any(p => p.Start <= hit.Start && hit.End <= p.End)))
            {
                continue;
            }

            int nextVerb = h + 1 < hits.Count ? hits[h + 1].Start : clause.Count;
            int targetLimit = TargetLimit(clause, hits, h, groups);
            var (code, rule, compound) = Choose(lexicon, clause, hit, targetLimit);
            int verbToken = hit.Start + hit.Form.VerbWord;
            bool passive = IsPassive(clause, verbToken);
            // A place after "in" or "at" is where something happened ("at a rally in Michigan"), never the subject. After
            // the verb it may be the target, as PETRARCH2 codes it ("criticized the closure of guest houses in Bree").
            List<ActorPhrase>? before = null;
            for (int g = groups.Count - 1; g >= 0 && before is null; g--)
            {
                if (groups[g][^1].End <= hit.Start && WithoutPlace(clause, groups[g]) is { Count: > 0 } subject)
                {
                    before = subject;
                }
            }

            // "…, to Houston, New York, and New Jersey, we see charter schools": a pronoun between is the verb's own
            // subject, one the coder cannot resolve; the actor before it is not.
            if (before is not null && PronounBetween(clause, before[^1].End, hit.Start))
            {
                before = null;
            }

            var after = groups.FirstOrDefault(g => g[0].Start >= hit.End && g[0].Start < targetLimit);
            List<ActorPhrase>? sources, targets;
            if (passive)
            {
                var by = groups.FirstOrDefault(g => g[0].Start >= hit.End && g[0].Start < nextVerb && g[0].Start > 0 && clause.Words[g[0].Start - 1] == "BY");
                sources = by ?? after;
                targets = before;
            }
            else
            {
                bool beforeIsOlder = before is null || (h > 0 && before[^1].End <= hits[h - 1].Start);
                sources = ContinuesPreviousVerb(clause, hit.Start, previousSources) || (beforeIsOlder && previousSources is not null && Infinitival(clause, hit.Start))
                    ? previousSources
                    : before;
                targets = after;
                if (after is not null && code is not null && code.StartsWith("01", StringComparison.Ordinal))
                {
                    // "Blinken said in Tel Aviv": a statement's place is where it was made, not whom it was about.
                    var addressed = WithoutPlace(clause, after);
                    targets = addressed.Count > 0 ? addressed : null;
                }
                if (code is not null && code.StartsWith("01", StringComparison.Ordinal) && Inverted(clause, hit))
                {
                    // "“…,” said Charlie King": the speaker follows the verb (uncoded in "said Ronald Fieldstone, a
                    // Miami lawyer"); the quote before it is what was said.
                    int subject = clause.Words[hit.End] is "THE" or "A" or "AN" ? hit.End + 1 : hit.End;
                    sources = after is not null && after[0].Start <= subject ? after : null;
                    targets = null;
                }

                if (sources is null && previousSources is null && carried is not null && StartsWithoutSubject(clause, hit.Start))
                {
                    sources = carried;
                }

                if (memory is not null && memory.LastSubject is null && sources is not null && (sources == before || sources == carried))
                {
                    memory.LastSubject = sources;
                }
            }

            previousSources = sources;
            if (code is null)
            {
                continue;
            }

            string modality = ModalityOf(clause, hit.Start);
            var (forward, reverse) = Split(code);
            if (compound && sources is { Count: > 1 })
            {
                foreach (var one in sources)
                {
                    foreach (var other in sources.Where(o => o.Code != one.Code))
                    {
                        events.Add(new ClauseEvent(forward, one, other, hit.Start, hit.End, rule, modality));
                    }
                }

                continue;
            }

            foreach (var source in sources ?? [null!])
            {
                foreach (var target in targets ?? [null!])
                {
                    if (source is null && target is null)
                    {
                        continue;
                    }

                    if (source is not null && target is not null && source.Code == target.Code)
                    {
                        continue;
                    }

                    events.Add(new ClauseEvent(forward, source, target, hit.Start, hit.End, rule, modality));
                    if (reverse is not null && source is not null && target is not null)
                    {
                        events.Add(new ClauseEvent(reverse, target, source, hit.Start, hit.End, rule, modality));
                    }
                }
            }
        }

        return events;
    }

    /// <summary>
    /// The target may lie past participles, infinitives and untagged nouns that look like verbs ("cordoned off the
    /// roads leading into Mordor", "fired two artillery shells at Seoul"), not past the verb of another clause.
    /// </summary>
    private static int TargetLimit(ClauseText clause, List<VerbHit> hits, int h, List<List<ActorPhrase>> groups)
    {
        for (int next = h + 1; next < hits.Count; next++)
        {
            int token = hits[next].Start + hits[next].Form.VerbWord;
            bool nonFinite = clause.Words[token].EndsWith("ING", StringComparison.Ordinal) || (token > 0 && (clause.Words[token - 1] == "TO" || NounMarkers.Contains(clause.Words[token - 1])));
            if (!nonFinite && OpensClause(clause, hits[h].End, hits[next].Start, groups))
            {
                return hits[next].Start;
            }
        }

        return clause.Count;
    }

    private static bool OpensClause(ClauseText clause, int from, int to, List<List<ActorPhrase>> groups)
    {
        if (groups.Any(g => g[0].Start >= from && g[^1].End <= to))
        {
            return true;
        }

        for (int i = from; i < to; i++)
        {
            if (clause.Words[i] is "HE" or "SHE" or "IT" or "THEY" or "WE" or "I" or "WHO" or "WHICH" or "THAT" or "AND" or "BUT" or ";" or ",")
            {
                return true;
            }
        }

        return false;
    }

    private static bool PronounBetween(ClauseText clause, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (clause.Words[i] is "HE" or "SHE" or "THEY" or "WE" or "I" or "YOU")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, said X" or "“…” says X": a statement verb after a comma or closing quote with a name right after it
    /// (other verbs there take objects: "…, in remarks published on Monday, urged Eriador to …").
    /// </summary>
    private static bool Inverted(ClauseText clause, VerbHit hit)
    {
        return hit.Start > 0 && hit.End < clause.Count
            && clause.Words[hit.Start - 1] is "," or "”" or "\"" or "''" or "’"
            && (clause.IsCapitalizedOrUpper(hit.End) || clause.Words[hit.End] is "THE" or "A" or "AN");
    }

    /// <summary>
    /// The group without a first phrase that follows "in" or "at", perhaps with "the" between ("In Qatar on Tuesday,
    /// both Qatar's prime minister and Blinken said": the speakers remain).
    /// </summary>
    private static List<ActorPhrase> WithoutPlace(ClauseText clause, List<ActorPhrase> group)
    {
        int i = group[0].Start - 1;
        if (i >= 0 && clause.Words[i] == "THE")
        {
            i--;
        }

        if (i < 0 || clause.Words[i] is not ("IN" or "AT"))
        {
            return group;
        }

        int place = group[0].Start;
        return group.FindIndex(p => p.Start != place) is var rest and >= 0 ? group[rest..] : [];
    }

    private static (string Forward, string? Reverse) Split(string code)
    {
        int colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (code, null);
        }

        string reverse = code[(colon + 1)..];
        return (code[..colon], IsCameo(reverse) ? reverse : null);
    }

    private static bool IsCameo(string code) => code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit);

    private static bool Discarded(EventLexicon lexicon, ClauseText clause)
    {
        for (int i = 0; i < clause.Count; i++)
        {
            if ((clause.Kinds[i] & PhraseKinds.Discard) != 0 && lexicon.DiscardTrie.LongestMatch(clause.Words, i, clause.Count, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static List<VerbHit> Verbs(EventLexicon lexicon, ClauseText clause)
    {
        var hits = new List<VerbHit>();
        for (int i = 0; i < clause.Count;)
        {
            if ((clause.Kinds[i] & PhraseKinds.Verb) == 0)
            {
                i++;
                continue;
            }

            int length = lexicon.VerbTrie.LongestMatch(clause.Words, i, clause.Count, out var form);
            if (length > 0 && IsVerbToken(clause, i + form!.VerbWord))
            {
                hits.Add(new VerbHit(i, i + length, form));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    private static bool IsVerbToken(ClauseText clause, int token)
    {
        if (clause.Tags is { } tags)
        {
            return tags[token] == Upos.VERB;
        }

        // Without a tagger: a dictionary verb form right after a determiner or preposition is a noun ("an attack").
        return token == 0 || !NounMarkers.Contains(clause.Words[token - 1]);
    }

    private static (string? Code, string Rule, bool Compound) Choose(EventLexicon lexicon, ClauseText clause, VerbHit hit, int nextVerb)
    {
        int beforeStart = Math.Max(0, hit.Start - PatternReach);
        int afterEnd = Math.Min(nextVerb + 1, clause.Count);
        var window = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<int>();
        var index = lexicon.PatternIndex[hit.Form.Block];
        var patterns = lexicon.PatternsByBlock[hit.Form.Block];
        if (index.TryGetValue(string.Empty, out var anchorless))
        {
            candidates.AddRange(anchorless);
        }

        for (int i = beforeStart; i < afterEnd; i++)
        {
            if (window.Add(clause.Words[i]) && index.TryGetValue(clause.Words[i], out var found))
            {
                candidates.AddRange(found);
            }
        }

        candidates.Sort();
        int previous = -1;
        foreach (int candidate in candidates)
        {
            if (candidate == previous)
            {
                continue;
            }

            previous = candidate;
            var pattern = patterns[candidate];
            if (!AllAnchorsPresent(pattern, window))
            {
                continue;
            }

            if (Matches(pattern.Before, clause.Words, beforeStart, hit.Start) && Matches(pattern.After, clause.Words, hit.End, Math.Min(nextVerb + 1, clause.Count)))
            {
                string rule = $"cameo:{lexicon.Blocks[hit.Form.Block]}:pattern{pattern.Line}";
                return (IsUsable(pattern.Code) ? pattern.Code : null, rule, pattern.Compound);
            }
        }

        return (IsUsable(hit.Form.Code) ? hit.Form.Code : null, $"cameo:{lexicon.Blocks[hit.Form.Block]}", false);
    }

    private static bool AllAnchorsPresent(VerbPattern pattern, HashSet<string> window)
    {
        foreach (var anchors in pattern.Anchors)
        {
            bool any = false;
            foreach (var anchor in anchors)
            {
                if (window.Contains(anchor))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUsable(string code) => IsCameo(code.Split(':')[0]);

    /// <summary>Every item appears, in order, within words <c>[start, end)</c>.</summary>
    private static bool Matches(IReadOnlyList<PatternItem> items, string[] words, int start, int end)
    {
        int cursor = start;
        foreach (var item in items)
        {
            if (item.Alternatives is [[VerbPattern.CompoundMarker]])
            {
                continue;
            }

            int found = -1;
            for (int i = cursor; i < end && found < 0; i++)
            {
                if (!item.ByFirstWord.TryGetValue(words[i], out var alternatives))
                {
                    continue;
                }

                foreach (var alternative in alternatives)
                {
                    if (i + alternative.Length <= end && StartsWith(words, i, alternative))
                    {
                        found = i + alternative.Length;
                        break;
                    }
                }
            }

            if (found < 0)
            {
                return false;
            }

            cursor = found;
        }

        return true;
    }

    private static bool StartsWith(string[] words, int at, string[] phrase)
    {
        for (int j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[at + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPassive(ClauseText clause, int verbToken)
    {
        string verb = clause.Words[verbToken];
        if (verb.EndsWith("ING", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = verbToken - 1; i >= 0 && i >= verbToken - 3; i--)
        {
            string word = clause.Words[i];
            if (Passive.Contains(word))
            {
                return true;
            }

            if (!Adverbs.Contains(word) && !word.EndsWith("LY", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"And appeared to clearly reject …": a sentence that opens with its verb continues the previous subject.</summary>
    private static bool StartsWithoutSubject(ClauseText clause, int verbStart)
    {
        for (int i = 0; i < verbStart; i++)
        {
            string word = clause.Words[i];
            if (word is not ("AND" or "BUT" or "ALSO" or "THEN" or "TO" or "HAS" or "HAVE" or "HAD" or "WILL") && !(clause.Tags is { } tags && tags[i] is Upos.ADV or Upos.VERB or Upos.AUX or Upos.PART))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"appeared to clearly reject": the verb is an infinitive complement of the previous one.</summary>
    private static bool Infinitival(ClauseText clause, int verbStart)
    {
        for (int i = verbStart - 1; i >= 0 && i >= verbStart - 3; i--)
        {
            string word = clause.Words[i];
            if (word == "TO")
            {
                return true;
            }

            if (!Adverbs.Contains(word) && !word.EndsWith("LY", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"condemned the attack and promised aid": the second verb shares the first one's subject.</summary>
    private static bool ContinuesPreviousVerb(ClauseText clause, int verbStart, List<ActorPhrase>? previousSources)
    {
        if (previousSources is null)
        {
            return false;
        }

        for (int i = verbStart - 1; i >= 0 && i >= verbStart - 3; i--)
        {
            string word = clause.Words[i];
            if (word is "AND" or "BUT" or "THEN")
            {
                return true;
            }

            if (!Adverbs.Contains(word) && !Modals.Contains(word) && word is not ("WILL" or "HAS" or "HAVE" or "HAD" or "ALSO"))
            {
                return false;
            }
        }

        return false;
    }

    private static string ModalityOf(ClauseText clause, int verbStart)
    {
        string modality = EventModality.Asserted;
        for (int i = verbStart - 1; i >= 0 && i >= verbStart - 4; i--)
        {
            string word = clause.Words[i];
            if (Negators.Contains(word))
            {
                return EventModality.Negated;
            }

            if (Modals.Contains(word))
            {
                modality = EventModality.Hypothetical;
            }

            if (word is "," or ";" or "THAT" or "WHO" or "WHICH")
            {
                break;
            }
        }

        return modality;
    }
}
