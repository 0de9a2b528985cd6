using Dateline.Actors;
using Dateline.Documents;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>What a speaker mention is: a linked name or role, a pronoun, or a common noun phrase ("a source").</summary>
internal enum SpeakerKind
{
    Actor,
    Pronoun,
    Nominal,
}

/// <summary>The mention an attribution hangs on; <see cref="Actor"/> is set when the actor layer linked it.</summary>
internal sealed record SpeakerMention(TextSpan Span, SpeakerKind Kind, ActorMention? Actor)
{
    /// <summary>
    /// For a relative pronoun ("Tompkins, who said …") the antecedent that names the speaker; the mention itself is
    /// the pronoun the cue hangs on.
    /// </summary>
    public TextSpan? Antecedent { get; init; }
}

/// <summary>Finds the speaker mention next to a cue: to its left ("Blinken still said") or right ("said the source").</summary>
internal sealed class MentionFinder(Document document, TokenLayer tokens, ActorLayer actors)
{
    /// <summary>Part-of-speech tags when the pipeline tagged the document; they keep "in a statement" and "2010" from being speakers.</summary>
    private readonly Upos[]? tags = document.Find<PosLayer>()?.Tags;

    private const int MaxNominalTokens = 6;
    private const int MaxAppositionTokens = 14;
    private const int MaxModifiedTokens = 12;
    private const int MaxTitleLength = 5;

    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "and", "or", "but", "because", "as", "when", "while", "if", "than", "to", "of", "in", "on", "at", "for", "with", "by", "from", "after", "before", "since", "where", "what", "how", "why", "so", "not", "is", "are", "was", "were", "be", "been", "being", "me", "him", "them", "us", "its", "his", "her", "their", "our", "my", "your",
    };

    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "been", "being", "be", "is", "are", "get", "got" };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BoundaryLookup = BuildLookup(Boundaries);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> PassiveLookup = BuildLookup(Passive);

    /// <summary>Index of the first token left of <paramref name="cue"/> that is not an adverb or auxiliary.</summary>
    public int SkipLeft(int cue, int limit)
    {
        int j = cue - 1;
        while (j >= limit && IsClass(j, CueClass.Skip))
        {
            j--;
        }

        return j;
    }

    public bool IsPassive(int cue, int limit)
    {
        int j = SkipLeft(cue, limit);
        return j >= limit && PassiveLookup.ContainsKey(TokenText.Of(document, tokens, j));
    }

    /// <summary>The mention ending just left of the cue at token <paramref name="cue"/>, not crossing <paramref name="limit"/>.</summary>
    public SpeakerMention? Left(int cue, int limit)
    {
        int j = SkipLeft(cue, limit);

        // "Clinton now says", "Schneiderman isn't saying": tagged adverbs, auxiliaries and particles stand between too
        // (in lower case: a name the tagger misread, "but Blinken(AUX) still said", is the speaker).
        while (tags is not null && j > limit && tags[j] is Upos.ADV or Upos.AUX or Upos.PART && TokenText.IsWord(document, tokens, j - 1)
            && !TokenText.IsCapitalised(document, tokens, j))
        {
            j--;
        }

        if (j >= limit && TokenText.Is(document, tokens, j, ")"))
        {
            int open = j - 1;
            while (open >= limit && open > j - 10 && !TokenText.Is(document, tokens, open, "("))
            {
                open--;
            }

            j = open >= limit && TokenText.Is(document, tokens, open, "(") ? open - 1 : j;
        }

        if (j > limit && TokenText.Is(document, tokens, j, ","))
        {
            return Apposed(j, limit);
        }

        if (j > limit && (TokenText.Is(document, tokens, j, "who") || TokenText.Is(document, tokens, j, "which")))
        {
            return Relative(j, limit);
        }

        return j >= limit ? At(j, leftward: true, limit) : null;
    }

    /// <summary>
    /// The subject of the clause a cue verb heads. A participle or infinitive has none of its own, so a noun right
    /// before it is an object, not a speaker ("in Tulsa, Oklahoma, arguing", "took to Twitter to accuse", "is
    /// able to tout"): the clause's subject speaks instead; after a comma it is left to the caller (null).
    /// </summary>
    public SpeakerMention? Subject(int cue, int limit)
    {
        bool participle = IsParticiple(cue);
        int j = SkipLeft(cue, limit);
        if (participle && j > limit && TokenText.Is(document, tokens, j, ","))
        {
            return null;
        }

        var left = Left(cue, limit);
        if (left is null || tags is null)
        {
            return left;
        }

        if (!participle && !IsInfinitive(cue, limit))
        {
            return RelativeSubject(cue, limit) ?? ModifiedSubject(left, limit) ?? left;
        }

        // "groups backing Rubio", "a chance for Clinton to highlight": a noun before a participle, or after "for"/"of", is its subject.
        int before = tokens.FirstEndingAfter(left.Span.Start) - 1;
        if (!participle && before > limit && tags[before] == Upos.ADP && !TokenText.Is(document, tokens, before, "by")
            && !TokenText.Is(document, tokens, before, "for") && !TokenText.Is(document, tokens, before, "of"))
        {
            return FirstIn(limit, before) ?? left;
        }

        int head = tokens.FirstEndingAfter(left.Span.End - 1);
        return left.Kind == SpeakerKind.Nominal && tags[head] is Upos.ADJ or Upos.VERB ? FirstIn(limit, tokens.FirstEndingAfter(left.Span.Start)) : left;
    }

    /// <summary>
    /// "A Quinnipiac poll released in late August found", "Sources close to the president say": the noun before a
    /// finite cue ends a modifier; the subject is the whole phrase from the clause's start, named by its first name.
    /// </summary>
    private SpeakerMention? ModifiedSubject(SpeakerMention left, int limit)
    {
        int before = tokens.FirstEndingAfter(left.Span.Start) - 1;
        if (before <= limit || tags![before] != Upos.ADP || left.Antecedent is not null)
        {
            return null;
        }

        int first = before;
        while (first > limit && ExtendsModifier(first - 1, before - first))
        {
            first--;
        }

        if (first == before || !(first == limit || IsClauseBreak(first - 1)) || tags[first] is not (Upos.DET or Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM)
            || actors.MentionIn(tokens.SpanOf(first)) is { Kind: not (MentionKind.Name or MentionKind.Role) })
        {
            return null;
        }

        int end = tokens.FirstEndingAfter(left.Span.End - 1) + 1;
        return FirstActorIn(first, before) is { } named
            ? new SpeakerMention(new TextSpan(tokens.Starts[first], left.Span.End), SpeakerKind.Actor, named)
            : new SpeakerMention(new TextSpan(tokens.Starts[first], tokens.Ends[end - 1]), SpeakerKind.Nominal, null);
    }

    /// <summary>Whether a token left of a modifier already <paramref name="length"/> long belongs to it: a preposition or a noun-phrase word within reach, or a past participle ("released").</summary>
    private bool ExtendsModifier(int token, int length)
    {
        var tag = tags![token];
        if (length < MaxModifiedTokens && (tag == Upos.ADP
            || (tag is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.DET or Upos.NUM or Upos.PART && !IsBoundary(TokenText.Of(document, tokens, token)))))
        {
            return true;
        }

        return tag == Upos.VERB && TokenText.Of(document, tokens, token).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Friends of Mr. Clinton's who have seen him on the trail recently say": the cue follows a relative clause with
    /// a verb of its own; the phrase the clause modifies, from the start of the sentence or clause, speaks.
    /// </summary>
    private SpeakerMention? RelativeSubject(int cue, int limit)
    {
        bool verb = false;
        for (int k = cue - 1; k > limit && cue - k <= MaxModifiedTokens; k--)
        {
            if (IsClauseBreak(k) || IsQuoteMark(k) || TokenText.Is(document, tokens, k, "that") || TokenText.Is(document, tokens, k, "which"))
            {
                return null;
            }

            if (!TokenText.Is(document, tokens, k, "who"))
            {
                verb |= tags![k] == Upos.VERB;
                continue;
            }

            int first = k;
            while (first > limit && k - first < MaxNominalTokens && tags![first - 1] is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.DET or Upos.NUM or Upos.PART
                || (first > limit && TokenText.Is(document, tokens, first - 1, "of")))
            {
                first--;
            }

            if (!verb || first == k || !(first == limit || IsClauseBreak(first - 1)) || tags![k - 1] is not (Upos.NOUN or Upos.PROPN or Upos.PART))
            {
                return null;
            }

            return FirstActorIn(first, k) is { } named
                ? new SpeakerMention(new TextSpan(tokens.Starts[first], tokens.Ends[k - 1]), SpeakerKind.Actor, named)
                : new SpeakerMention(new TextSpan(tokens.Starts[first], tokens.Ends[k - 1]), SpeakerKind.Nominal, null);
        }

        return null;
    }

    private bool IsParticiple(int cue) =>
        tags is not null && tags[cue] == Upos.VERB && TokenText.Of(document, tokens, cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"to accuse", "to publicly say": the cue is an infinitive.</summary>
    private bool IsInfinitive(int cue, int limit)
    {
        int j = cue - 1;
        while (j >= limit && tags![j] == Upos.ADV)
        {
            j--;
        }

        return j >= limit && TokenText.Is(document, tokens, j, "to") && tags![j] == Upos.PART;
    }

    /// <summary>"Tompkins, who said …", "a report by the agency, which found …": the relative pronoun, standing for the phrase before it.</summary>
    private SpeakerMention? Relative(int pronoun, int limit)
    {
        int k = pronoun - 1;
        if (k > limit && TokenText.Is(document, tokens, k, ","))
        {
            k--;
        }

        var span = tokens.SpanOf(pronoun);
        if (actors.MentionIn(tokens.SpanOf(k)) is { Kind: MentionKind.Name or MentionKind.Role } named)
        {
            return new SpeakerMention(span, SpeakerKind.Actor, named) { Antecedent = named.Span };
        }

        return At(k, leftward: true, limit) is { Kind: SpeakerKind.Nominal } nominal
            ? new SpeakerMention(span, SpeakerKind.Nominal, null) { Antecedent = nominal.Span }
            : null;
    }

    /// <summary>"Flynn, a top Trump surrogate, said": the name before an apposition closed by the comma at <paramref name="comma"/>.</summary>
    private SpeakerMention? Apposed(int comma, int limit)
    {
        // "The mayor, Tom Berg, told": the name is the apposition itself.
        if (actors.MentionIn(tokens.SpanOf(comma - 1)) is { Kind: MentionKind.Name } named && tokens.FirstEndingAfter(named.Span.Start) > limit
            && TokenText.Is(document, tokens, tokens.FirstEndingAfter(named.Span.Start) - 1, ","))
        {
            return new SpeakerMention(named.Span, SpeakerKind.Actor, named);
        }

        for (int k = comma - 1; k > limit && comma - k <= MaxAppositionTokens; k--)
        {
            if (IsQuoteMark(k) || (QuoteCues.Table.TryMatch(document, tokens, k, comma, out _, out var cue) && QuoteCues.IsCue(cue)))
            {
                return null;
            }

            if (TokenText.Is(document, tokens, k, ","))
            {
                return actors.MentionIn(tokens.SpanOf(k - 1)) is { Kind: MentionKind.Name or MentionKind.Role } mention
                    ? new SpeakerMention(mention.Span, SpeakerKind.Actor, mention)
                    : null;
            }
        }

        return null;
    }

    /// <summary>The mention starting just right of a cue ending at <paramref name="start"/>, not reaching <paramref name="limit"/>.</summary>
    public SpeakerMention? Right(int start, int limit)
    {
        while (start < limit && IsClass(start, CueClass.Skip))
        {
            start++;
        }

        return start < limit ? At(start, leftward: false, limit) : null;
    }

    /// <summary>
    /// The subject of a clause whose verb has none of its own ("Netanyahu took aim …, calling it …"): the actor
    /// mention or pronoun among tokens <c>[first, end)</c> nearest the end that opens a clause (after the
    /// sentence start or a comma), else the first one.
    /// </summary>
    public SpeakerMention? FirstIn(int first, int end)
    {
        SpeakerMention? earliest = null, clauseOpening = OpeningNoun(first, end);
        bool earliestOblique = false;
        bool quoted = false;
        for (int i = first; i < end; i++)
        {
            // Names inside quoted words are spoken about, not speaking: "“The country has changed,” McConnell said, citing …".
            if (IsQuoteMark(i))
            {
                // A closing mark met outside a quote closes one the sentence began in: what came before was quoted.
                if (!quoted && IsClosingMark(i))
                {
                    earliest = clauseOpening = null;
                    continue;
                }

                quoted = !quoted;
                continue;
            }

            if (quoted)
            {
                continue;
            }

            SpeakerMention? found = null;
            var mention = actors.MentionIn(tokens.SpanOf(i));
            if (mention is not null && mention.Kind is MentionKind.Name or MentionKind.Role)
            {
                found = new SpeakerMention(mention.Span, SpeakerKind.Actor, mention);
                while (i + 1 < end && tokens.Starts[i + 1] < mention.Span.End)
                {
                    i++;
                }
            }
            else if (IsClass(i, CueClass.Pronoun) && !TokenText.Is(document, tokens, i, "it"))
            {
                found = new SpeakerMention(tokens.SpanOf(i), SpeakerKind.Pronoun, null);
            }

            if (found is null)
            {
                continue;
            }

            int before = SkipTitles(tokens.FirstEndingAfter(found.Span.Start) - 1, first - 1);
            // A place ("AMES, Iowa — …"), a preposition's object ("In response to Trump's plan, …") or a possessor
            // ("Hillary Clinton's campaign manager Robby Mook said …, arguing") is no subject: the first other mention is.
            bool oblique = IsPlace(found) || IsObjectAt(before) || PossessesName(i, end);
            if (earliest is null || (earliestOblique && !oblique))
            {
                earliest = found;
                earliestOblique = oblique;
            }

            if ((before < first || IsClauseBreak(before)) && OpensClause(i + 1))
            {
                clauseOpening = found;
            }
        }

        return clauseOpening ?? earliest;
    }

    /// <summary>
    /// Whether the mention ending at token <paramref name="last"/> is the possessor in "Hillary Clinton's campaign manager
    /// Robby Mook": a name follows its few noun words. "Grayson's spokeswoman, …, said" has no name after it: the
    /// possessor's phrase is the subject.
    /// </summary>
    private bool PossessesName(int last, int end)
    {
        if (tags is null || last + 1 >= end || !TokenText.IsPossessive(document, tokens, last + 1))
        {
            return false;
        }

        for (int k = last + 2; k < end && k - last <= MaxTitleLength; k++)
        {
            if (actors.MentionIn(tokens.SpanOf(k)) is { Kind: MentionKind.Name })
            {
                return true;
            }

            if (tags[k] is not (Upos.NOUN or Upos.ADJ or Upos.PROPN))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "A New York judge has rejected …, saying": a noun phrase the actor layer did not link, opening the clause at
    /// <paramref name="first"/> and followed by its verb; a name inside it stands for it.
    /// </summary>
    private SpeakerMention? OpeningNoun(int first, int end)
    {
        if (tags is null || first >= end || tags[first] is not (Upos.DET or Upos.ADJ or Upos.NOUN or Upos.NUM) || actors.MentionIn(tokens.SpanOf(first)) is not null)
        {
            return null;
        }

        int last = first;
        while (last + 1 < end && last + 1 - first < MaxNominalTokens && tags[last + 1] is Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM)
        {
            last++;
        }

        if (tags[last] is not (Upos.NOUN or Upos.PROPN) || !OpensClause(last + 1) || last + 1 >= end)
        {
            return null;
        }

        return FirstActorIn(first, last + 1) is { } named
            ? new SpeakerMention(named.Span, SpeakerKind.Actor, named)
            : new SpeakerMention(new TextSpan(tokens.Starts[first], tokens.Ends[last]), SpeakerKind.Nominal, null);
    }

    /// <summary>Index of the first token at or before <paramref name="token"/> that is not a title ("Mr.", "Sen.").</summary>
    public int SkipTitles(int token, int start)
    {
        while (token > start && TokenText.IsCapitalised(document, tokens, token)
            && TokenText.Of(document, tokens, token) is { Length: <= MaxTitleLength } title && title[^1] == '.')
        {
            token--;
        }

        return token;
    }

    /// <summary>Whether the token before a mention makes it an object: a preposition ("in response to Trump's …").</summary>
    private bool IsObjectAt(int before) => tags is not null && before >= 0 && tags[before] == Upos.ADP;

    private bool IsPlace(SpeakerMention mention) => mention.Actor is { } linked && actors.ById(linked.ActorId) is { Type: "GPE" or "LOC" };

    private bool IsClauseBreak(int token) =>
        TokenText.Is(document, tokens, token, ",") || TokenText.Is(document, tokens, token, "—") || TokenText.Is(document, tokens, token, "–") || TokenText.Is(document, tokens, token, "--");

    /// <summary>Whether a verb follows a mention ending before <paramref name="next"/>: "…, Trump said", not the place of "in Tulsa, Oklahoma, arguing".</summary>
    private bool OpensClause(int next) =>
        tags is null || (next < tokens.Count && (tags[next] is Upos.VERB or Upos.AUX || IsClass(next, CueClass.Skip)));

    public bool IsClass(int token, CueClass wanted) =>
        QuoteCues.Table.TryMatch(document, tokens, token, token + 1, out _, out var found) && found == wanted;

    private bool IsClosingMark(int token) => TokenText.Of(document, tokens, token) is "”" or "''" or "»";

    public bool IsQuoteMark(int token)
    {
        var text = TokenText.Of(document, tokens, token);
        return text is "“" or "”" or "\"" or "«" or "»" or "‘" or "''" or "``";
    }

    private SpeakerMention? At(int head, bool leftward, int limit)
    {
        var mention = actors.MentionIn(tokens.SpanOf(head));
        if (mention is not null)
        {
            return new SpeakerMention(mention.Span, SpeakerKind.Actor, mention);
        }

        if (IsClass(head, CueClass.Pronoun))
        {
            return new SpeakerMention(tokens.SpanOf(head), SpeakerKind.Pronoun, null);
        }

        var headText = TokenText.Of(document, tokens, head);
        if (!TokenText.IsWord(document, tokens, head) || IsClass(head, CueClass.Skip) || IsBoundary(headText) || headText.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int first = head, last = head;
        if (leftward)
        {
            while (first - 1 >= limit && head - first < MaxNominalTokens - 1 && IsNominalWord(first - 1))
            {
                first--;
            }

            // "Six in 10 say …": a poll share is one phrase, not a year after a preposition.
            if (tags is not null && first - 2 >= limit && tags[first] == Upos.NUM && tags[first - 2] == Upos.NUM && TokenText.Is(document, tokens, first - 1, "in"))
            {
                first -= 2;
            }

            if (!IsNounPhrase(first, head))
            {
                return null;
            }

            // "Blinken and other US officials said": the named conjunct stands for the coordinated speakers.
            if (first - 2 >= limit && TokenText.Is(document, tokens, first - 1, "and")
                && actors.MentionIn(tokens.SpanOf(first - 2)) is { Kind: MentionKind.Name } named && actors.ById(named.ActorId) is { Type: "PERSON" or "ORG" })
            {
                return new SpeakerMention(new TextSpan(named.Span.Start, tokens.Ends[head]), SpeakerKind.Actor, named);
            }
        }
        else
        {
            while (last + 1 < limit && last - head < MaxNominalTokens - 1 && IsNominalWord(last + 1))
            {
                last++;
            }

            var inner = FirstActorIn(head, last + 1);
            if (inner is not null)
            {
                return new SpeakerMention(inner.Span, SpeakerKind.Actor, inner);
            }
        }

        return new SpeakerMention(new TextSpan(tokens.Starts[first], tokens.Ends[last]), SpeakerKind.Nominal, null);
    }

    /// <summary>
    /// Without tags every candidate passes. With them, the head must be noun-like ("officials", "many", "two"),
    /// not an adverb or a verb ("perhaps", "fueling"), nor a year after a preposition ("since 2010").
    /// </summary>
    private bool IsNounPhrase(int first, int head)
    {
        if (tags is null)
        {
            return true;
        }

        return tags[head] is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.NUM or Upos.ADJ or Upos.X
            && !(tags[head] == Upos.NUM && first > 0 && tags[first - 1] == Upos.ADP);
    }

    private ActorMention? FirstActorIn(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (actors.MentionIn(tokens.SpanOf(i)) is { Kind: MentionKind.Name or MentionKind.Role } mention)
            {
                return mention;
            }
        }

        return null;
    }

    private bool IsNominalWord(int i) =>
        (TokenText.IsWord(document, tokens, i) || TokenText.IsPossessive(document, tokens, i) || TokenText.Is(document, tokens, i, "-"))
        && !IsBoundary(TokenText.Of(document, tokens, i))
        && !(QuoteCues.Table.TryMatch(document, tokens, i, tokens.Count, out _, out var cue) && QuoteCues.IsCue(cue));

    /// <summary>A word that ends a speaker phrase; "US" in capitals is the country ("other US officials"), not the pronoun.</summary>
    private static bool IsBoundary(ReadOnlySpan<char> word) => BoundaryLookup.ContainsKey(word) && !word.SequenceEqual("US");

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BuildLookup(HashSet<string> words) =>
        words.ToDictionary(w => w, _ => 0, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
