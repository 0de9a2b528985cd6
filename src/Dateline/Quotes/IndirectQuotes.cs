using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// Reported speech found from cues outside quotation marks: "X said (that) …", "…, X said", "…, said X",
/// "according to X, …", "X told Y (that) …", "X called for …", and clauses whose verb shares an earlier
/// subject ("…, calling it “illusive” and pledged that …").
/// </summary>
internal static partial class IndirectQuotes
{
    private const int MinContentTokens = 3;

    /// <summary>Content right after its cue may be a bare object: "Clinton cited it", "Trump attacked Machado".</summary>
    private const int MinObjectTokens = 1;
    private const int MaxObjectTokens = 8;
    private const int MaxTrailingTokens = 5;

    /// <summary>A verb this close to the content's start makes it a clause ("it would", "the company has").</summary>
    private const int ClauseVerbWindow = 6;

    private static readonly HashSet<string> Circumstances = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "since", "while", "when", "because", "until", "amid",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CircumstanceLookup = Circumstances.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A lead this short before "…, he said, …" is resumed after the cue.</summary>
    private const int ShortLeadTokens = 6;

    /// <summary>
    /// A direct quote that is only part of its clause ("X said that, “…” against what …", "“…” to drive up …,
    /// she said") also yields the whole clause as reported speech under the same cue.
    /// </summary>
    public static void ExtendDirect(QuoteContext context)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        int count = context.Drafts.Count;
        for (int d = 0; d < count; d++)
        {
            var quote = context.Drafts[d];
            if (quote.Kind != QuoteKind.Direct || quote.CueToken < 0 || quote.Mention is null || quote.Sieve == "speaker-label"
                || context.Sentences.SentenceOfToken(quote.CueToken) != context.Sentences.SentenceOfToken(quote.First))
            {
                continue;
            }

            int start = context.SentenceStart(quote.First), end = TrimEnd(context, quote.End, context.SentenceEnd(quote.First));
            int cueEnd = tokens.FirstEndingAfter(quote.Cue!.Value.End - 1) + 1;
            int first, last;
            if (quote.CueToken < quote.First)
            {
                first = cueEnd;
                while (first < quote.First && (TokenText.Is(document, tokens, first, "that") || TokenText.Is(document, tokens, first, ",")))
                {
                    first++;
                }

                last = end;
            }
            else
            {
                first = start;
                last = tokens.FirstEndingAfter(quote.Mention.Span.Start);
                while (last > quote.End && !TokenText.Is(document, tokens, last - 1, ","))
                {
                    last--;
                }

                last = last > quote.End ? last - 1 : quote.End;
            }

            if (WordsOutside(context, first, last, quote) < MinContentTokens || Overlaps(context, first, quote.First) || Overlaps(context, quote.End, last))
            {
                continue;
            }

            var clause = new QuoteDraft(first, last, context.SpanOf(first, last), QuoteKind.Indirect, context.ParagraphOf[first])
            {
                CueToken = quote.CueToken,
                Cue = quote.Cue,
                Mention = quote.Mention,
                ActorId = quote.ActorId,
                Speaker = quote.Speaker,
                Sieve = "clause-around-quote",
                Pending = quote.Pending,
            };
            context.Drafts.Add(clause);
            Array.Fill(context.Reported, true, first, last - first);
        }
    }

    private static int WordsOutside(QuoteContext context, int first, int last, QuoteDraft quote)
    {
        int words = 0;
        for (int i = first; i < last; i++)
        {
            words += (i < quote.First || i >= quote.End) && TokenText.IsWord(context.Document, context.Tokens, i) ? 1 : 0;
        }

        return words;
    }

    public static void Find(QuoteContext context, SequenceModel cueModel)
    {
        var sentences = context.Sentences;
        var learned = LearnedCues.For(context, cueModel);
        for (int s = 0; s < sentences.Count; s++)
        {
            int start = sentences.FirstTokens[s], end = sentences.EndTokens[s];
            int coveredUntil = start;
            for (int i = start; i < end; i++)
            {
                if (context.CueUsed[i] || i < coveredUntil || context.Reported[i] || InDirectQuote(context, i))
                {
                    continue;
                }

                int length = 1;
                var draft = FromRaisedCue(context, i, start, end) ?? FromCue(context, learned, i, start, end, out length);
                if (draft is not null)
                {
                    context.Drafts.Add(draft);
                    coveredUntil = Math.Max(i + length, draft.End);
                    for (int c = i; c < i + length; c++)
                    {
                        context.CueUsed[c] = true;
                    }
                }

                i += Math.Max(length, 1) - 1;
            }
        }
    }

    private static bool InDirectQuote(QuoteContext context, int token) =>
        context.DirectOf[token] >= 0 && context.Drafts[context.DirectOf[token]].Kind == QuoteKind.Direct;

    private static QuoteDraft? FromVerb(QuoteContext context, int cue, int length, CueClass cueClass, int start, int end)
    {
        var (document, tokens, mentions) = (context.Document, context.Tokens, context.Mentions);
        if (IsPassive(context, cue, start) || IsModifiedNoun(context, cue, start))
        {
            return null;
        }

        int contentEnd = TrimEnd(context, cue + length, end);
        var left = mentions.Subject(cue, start);
        int beforeLeft = left is null ? -1 : SkipTitles(context, tokens.FirstEndingAfter(left.Span.Start) - 1, start);
        string sieve = "cue-subject";
        bool inverted = false;
        if (left is null)
        {
            int j = mentions.SkipLeft(cue, start);
            bool sharesSubject = j >= start && (TokenText.Is(document, tokens, j, ",") || TokenText.Is(document, tokens, j, "and") || TokenText.Is(document, tokens, j, "but"));
            inverted = j == cue - 1 && cueClass == CueClass.Speech && TokenText.Is(document, tokens, j, ",") && !IsParticiple(document, tokens, cue)
                && QuoteCues.IsCurated(document, tokens, cue, contentEnd) && InvertedSpeakerFollows(context, cue + length, contentEnd);
            if (sharesSubject && cueClass != CueClass.Prep && !inverted)
            {
                left = mentions.FirstIn(start, j);
                sieve = "clause-subject";
            }
        }

        // "…, X said." / "…, X said on Tuesday." / "…, said X." / "…, X said Friday, as …": the content is what precedes the comma.
        int trailing = contentEnd - (cue + length);
        if (trailing <= MaxTrailingTokens || inverted || !OpensContent(context, cue + length, contentEnd))
        {
            int comma = -1;
            if (left is not null && left.Antecedent is null && sieve == "cue-subject" && beforeLeft >= start && TokenText.Is(document, tokens, beforeLeft, ",")
                && !IsIntroductoryLead(context, start, beforeLeft))
            {
                comma = beforeLeft;
            }
            else if (left is null && TokenText.Is(document, tokens, cue - 1, ","))
            {
                left = mentions.Right(cue + length, end);
                comma = left is null ? -1 : cue - 1;
            }

            if (comma - start >= MinContentTokens && !Overlaps(context, start, comma) && !FollowsDraft(context, start, comma))
            {
                // "That is why, he said, the party …": a short lead resumed after the cue is one content.
                int resumes = ResumesAfter(context, cue + length, contentEnd);
                if (comma - start < ShortLeadTokens && resumes > 0 && contentEnd - resumes >= MinContentTokens)
                {
                    int resumedEnd = CutAtNextAttribution(context, resumes, contentEnd);
                    if (!Overlaps(context, resumes, resumedEnd))
                    {
                        return Build(context, start, resumedEnd, cue, length, left!, "cue-inside-content");
                    }
                }

                return Build(context, start, comma, cue, length, left!, inverted ? InvertedSieve : "cue-after-content");
            }

            if (left is null || trailing < MinObjectTokens || inverted)
            {
                return null;
            }
        }

        if (left is null)
        {
            return null;
        }

        int contentStart = cue + length;
        if (cueClass == CueClass.Object || StartsWithPreposition(context, contentStart))
        {
            int skipped = SkipObject(context, contentStart, contentEnd);
            if (skipped == contentStart && cueClass != CueClass.Object)
            {
                return null;
            }

            contentStart = skipped;
        }

        bool complementiser = false;
        while (contentStart < contentEnd && (TokenText.Is(document, tokens, contentStart, "that") || TokenText.Is(document, tokens, contentStart, ",") || TokenText.Is(document, tokens, contentStart, ":")))
        {
            complementiser |= TokenText.Is(document, tokens, contentStart, "that");
            contentStart++;
        }

        contentEnd = CutAtNextAttribution(context, contentStart, contentEnd);
        bool relative = sieve == "cue-subject" && OpensRelativeClause(context, beforeLeft, start);
        if (relative)
        {
            contentEnd = ClosingComma(context, contentStart, contentEnd);
        }

        if (!complementiser && !OpensClause(context, contentStart, contentEnd) && !TakesClause(context, cue, contentStart, contentEnd))
        {
            contentEnd = CutObject(context, contentStart, contentEnd);
        }

        if (contentEnd - contentStart < MinObjectTokens || Overlaps(context, contentStart, contentEnd) || OnlyCircumstances(context, contentStart, contentEnd))
        {
            return null;
        }

        if (cueClass == CueClass.Partial && !HoldsQuote(context, contentStart, contentEnd))
        {
            return null;
        }

        var draft = Build(context, contentStart, contentEnd, cue, length, left, sieve);
        draft.ExtentRule = relative ? RelativeClauseRule : null;
        return draft;
    }

    private static QuoteDraft? FromPreposition(QuoteContext context, int cue, int length, int start, int end)
    {
        var (document, tokens, mentions) = (context.Document, context.Tokens, context.Mentions);
        int contentEnd = TrimEnd(context, cue + length, end);
        var speaker = mentions.Right(cue + length, contentEnd) ?? PhraseUntilComma(context, cue + length, contentEnd);
        if (speaker is null)
        {
            return null;
        }

        if (cue - start <= 1)
        {
            int comma = tokens.FirstEndingAfter(speaker.Span.End);
            while (comma < contentEnd && !TokenText.Is(document, tokens, comma, ","))
            {
                comma++;
            }

            return contentEnd - comma - 1 >= MinContentTokens && !Overlaps(context, comma + 1, contentEnd)
                ? Build(context, comma + 1, contentEnd, cue, length, speaker, "according-to")
                : null;
        }

        int before = TokenText.Is(document, tokens, cue - 1, ",") ? cue - 1 : cue;
        return before - start >= MinContentTokens && !Overlaps(context, start, before) ? Build(context, start, before, cue, length, speaker, "according-to") : null;
    }

    /// <summary>
    /// Whether the words after a cue are its content rather than circumstances ("said Friday, as …", "said in a
    /// statement."): content opens at once, or after an object or prepositional phrase ends in "that" or a subject pronoun.
    /// </summary>
    private static bool OpensContent(QuoteContext context, int from, int end)
    {
        var (document, tokens, mentions) = (context.Document, context.Tokens, context.Mentions);
        int i = from;
        while (i < end && (mentions.IsClass(i, CueClass.Skip) || context.IsTimex(i)))
        {
            i++;
        }

        if (i >= end || TokenText.Is(document, tokens, i, ",") || context.IsTerminal(i) || TokenText.Is(document, tokens, i, "as")
            || TokenText.Is(document, tokens, i, "while") || TokenText.Is(document, tokens, i, "when") || TokenText.Is(document, tokens, i, "after"))
        {
            return false;
        }

        return !StartsWithPreposition(context, i) || SkipObject(context, i, end) != i;
    }

    /// <summary>
    /// Whether content starts with a clause of its own ("it would increase oversight"): a verb within the first
    /// words, after a subject. Untagged documents count every content as a clause.
    /// </summary>
    private static bool OpensClause(QuoteContext context, int first, int end)
    {
        if (!context.IsTagged)
        {
            return true;
        }

        for (int i = first + 1; i < end && i < first + ClauseVerbWindow; i++)
        {
            if (TokenText.Is(context.Document, context.Tokens, i, ","))
            {
                return false;
            }

            if (context.IsVerb(i))
            {
                return !TokenText.Is(context.Document, context.Tokens, first, "to");
            }
        }

        return false;
    }

    /// <summary>
    /// A bare object ("attacked Machado in early-morning tweets", "acknowledged the reality of climate change, which
    /// …") ends before a comma, dash or semicolon, and before circumstances ("in", "during", "after" …).
    /// An infinitive ("wants to sign up 5 million people, focusing on …") ends at the punctuation only.
    /// </summary>
    private static int CutObject(QuoteContext context, int first, int end)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        bool infinitive = TokenText.Is(document, tokens, first, "to");
        for (int i = first + 1; i < end; i++)
        {
            var text = TokenText.Of(document, tokens, i);
            if (context.Mentions.IsQuoteMark(i))
            {
                return end;
            }

            if (text is "," or ";" or "—" or "–" or "--" || (!infinitive && CircumstanceLookup.Contains(text)))
            {
                return TrimEnd(context, first, i);
            }
        }

        return end;
    }

    /// <summary>"the agreement presented late last month": content of time words alone is no statement.</summary>
    private static bool OnlyCircumstances(QuoteContext context, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (TokenText.IsWord(context.Document, context.Tokens, i) && !context.IsTimex(i) && !context.Mentions.IsClass(i, CueClass.Skip))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token after "…, he said Friday, " where the content resumes, or -1.</summary>
    private static int ResumesAfter(QuoteContext context, int from, int end)
    {
        int i = from;
        while (i < end && (context.Mentions.IsClass(i, CueClass.Skip) || context.IsTimex(i)))
        {
            i++;
        }

        return i + 1 < end && TokenText.Is(context.Document, context.Tokens, i, ",") ? i + 1 : -1;
    }

    /// <summary>
    /// Ends reported content where the next attribution of the sentence begins: a direct quote, or after a comma,
    /// dash or "and" a cue ("…, arguing that …") or a speaker and cue ("… — and he noted that …").
    /// </summary>
    private static int CutAtNextAttribution(QuoteContext context, int first, int end)
    {
        var (document, tokens, mentions) = (context.Document, context.Tokens, context.Mentions);
        for (int i = first + MinContentTokens; i < end; i++)
        {
            if (InDirectQuote(context, i))
            {
                return TrimEnd(context, first, i);
            }

            if (!IsClauseBreak(document, tokens, i))
            {
                continue;
            }

            int next = i + 1;
            while (next < end && IsClauseBreak(document, tokens, next))
            {
                next++;
            }

            if (next < end && context.TryCue(next, end, out _, out var cue) && cue != CueClass.Prep)
            {
                return TrimEnd(context, first, i);
            }

            // A linked name, a pronoun or a short tagged noun phrase ("…, the report says") opens a new attribution here.
            int cueAt = next < end && mentions.IsClass(next, CueClass.Pronoun) ? next + 1
                : next < end && context.Actors.MentionIn(tokens.SpanOf(next)) is { } named ? tokens.FirstEndingAfter(named.Span.End - 1) + 1
                : TokenText.IsWord(document, tokens, i) ? -1 : AfterTaggedNounPhrase(context, next, end);
            while (cueAt > 0 && cueAt < end && mentions.IsClass(cueAt, CueClass.Skip))
            {
                cueAt++;
            }

            if (cueAt > 0 && cueAt < end && context.TryCue(cueAt, end, out _, out var after) && after is CueClass.Speech or CueClass.Object)
            {
                return TrimEnd(context, first, i);
            }
        }

        return end;
    }

    private static bool IsClauseBreak(Document document, TokenLayer tokens, int i) =>
        TokenText.Is(document, tokens, i, ",") || TokenText.Is(document, tokens, i, "—") || TokenText.Is(document, tokens, i, "–")
        || TokenText.Is(document, tokens, i, "--") || TokenText.Is(document, tokens, i, ";") || TokenText.Is(document, tokens, i, "and")
        || TokenText.Is(document, tokens, i, "but");

    /// <summary>"in a statement", "to reporters" — but not an infinitive ("wants to sign up", "vowed to fight").</summary>
    private static bool StartsWithPreposition(QuoteContext context, int token) =>
        token < context.Tokens.Count && !(TokenText.Is(context.Document, context.Tokens, token, "to") && context.IsVerb(token + 1)) && !IsApproximateNumber(context, token) && (TokenText.Is(context.Document, context.Tokens, token, "in") || TokenText.Is(context.Document, context.Tokens, token, "on")
            || TokenText.Is(context.Document, context.Tokens, token, "at") || TokenText.Is(context.Document, context.Tokens, token, "during")
            || TokenText.Is(context.Document, context.Tokens, token, "from") || TokenText.Is(context.Document, context.Tokens, token, "to")
            || TokenText.Is(context.Document, context.Tokens, token, "of") || TokenText.Is(context.Document, context.Tokens, token, "about"));

    /// <summary>"financial hope, we …", "22% of Democratic claims": a cue word read as a noun after its modifier is no verb.</summary>
    private static bool IsModifiedNoun(QuoteContext context, int cue, int start) =>
        cue > start && context.IsNoun(cue) && context.Document.Get<PosLayer>().Tags[cue - 1] is Upos.ADJ or Upos.DET;

    /// <summary>"said about 20 people have …": "about" before a number is an estimate, not a preposition.</summary>
    private static bool IsApproximateNumber(QuoteContext context, int token) =>
        TokenText.Is(context.Document, context.Tokens, token, "about") && token + 1 < context.Tokens.Count
        && TokenText.Of(context.Document, context.Tokens, token + 1) is { Length: > 0 } next && char.IsDigit(next[0]);

    /// <summary>
    /// Skips what stands between a cue and its content — the addressee of "told", "in a statement on Tuesday" —
    /// up to "that" or a subject pronoun; returns <paramref name="from"/> when neither comes.
    /// </summary>
    private static int SkipObject(QuoteContext context, int from, int end)
    {
        for (int i = from; i < end && i < from + MaxObjectTokens; i++)
        {
            if (TokenText.Is(context.Document, context.Tokens, i, "that"))
            {
                return i;
            }

            if (i > from && context.Mentions.IsClass(i, CueClass.Pronoun) && !TokenText.Is(context.Document, context.Tokens, i, "it"))
            {
                return i;
            }

            if (context.IsTerminal(i) || context.Mentions.IsQuoteMark(i))
            {
                break;
            }
        }

        return from;
    }

    private static int TrimEnd(QuoteContext context, int from, int end)
    {
        while (end > from && !TokenText.IsWord(context.Document, context.Tokens, end - 1) && !context.Mentions.IsQuoteMark(end - 1)
            && !TokenText.Is(context.Document, context.Tokens, end - 1, "”") && !TokenText.Is(context.Document, context.Tokens, end - 1, ")"))
        {
            end--;
        }

        return end;
    }

    private static bool HoldsQuote(QuoteContext context, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (context.DirectOf[i] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(QuoteContext context, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (InDirectQuote(context, i))
            {
                return true;
            }
        }

        return false;
    }

    private static QuoteDraft Build(QuoteContext context, int first, int end, int cue, int length, SpeakerMention mention, string sieve)
    {
        end = CutTail(context, first, end);
        var draft = new QuoteDraft(first, end, context.SpanOf(first, end), QuoteKind.Indirect, context.ParagraphOf[first])
        {
            CueToken = cue,
            Cue = context.SpanOf(cue, cue + length),
            Mention = mention,
            Sieve = sieve,
            Pending = mention.Kind == SpeakerKind.Pronoun ? Pending.Pronoun : Pending.None,
        };
        if (mention.Kind != SpeakerKind.Pronoun)
        {
            SpeakerSieves.SetExplicit(context, draft, mention);
            draft.Sieve = sieve;
        }

        return draft;
    }
}
