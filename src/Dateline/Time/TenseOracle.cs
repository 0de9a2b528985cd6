using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Time;

/// <summary>
/// Guesses the tense that governs a time expression: the nearest tense cue in the same sentence, looking
/// outward on both sides; after the expression only up to the end of its clause (a comma, semicolon, colon or
/// bracket) unless it opens the sentence ("In January, X brought ..."). With a POS layer the cue is a verb or
/// auxiliary read from its tag and lemma; without one, cue words from <c>data/time/tense.txt</c> and the -ed ending.
/// </summary>
internal sealed class TenseOracle(string text, ScanToken[] tokens, int count, TokenLayer? posTokens, PosLayer? pos)
{
    private const int Window = 12;

    public Tense Around(int first, int end)
    {
        if (first > 0 && !tokens[first].BreakBefore && IsWordAt(first - 1, "effective")
            && !(first > 1 && !tokens[first - 1].BreakBefore && (IsWordAt(first - 2, "was") || IsWordAt(first - 2, "were") || IsWordAt(first - 2, "became"))))
        {
            return Tense.Future; // "a pact effective June 1": in force from a coming date
        }

        // The window counts words, not tokens: "will announce the results at 10 a.m. EST (1500 GMT) Tuesday" reaches
        // "will" across the clock's digits and punctuation.
        int left = first, right = end - 1;
        bool rightOpen = true;
        bool fronted = OpensClause(first);
        for (int distance = 1; distance <= Window; distance++)
        {
            left = NextWord(left, -1);
            if (left >= 0 && !CrossesBreak(left, first + 1))
            {
                var cue = CueOf(left);
                if (cue != Tense.Unknown)
                {
                    return cue;
                }
            }

            int from = right;
            right = NextWord(right, 1);
            if (!fronted && rightOpen && ClosesClause(from, right))
            {
                rightOpen = false;
            }

            if (rightOpen && right < count && !CrossesBreak(end - 1, right + 1))
            {
                var cue = CueOf(right);
                if (cue != Tense.Unknown && !(cue == Tense.Past && IsAgentParticiple(right)))
                {
                    return cue;
                }
            }
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// The word just before the expression (or before its "on", "in", "through" or "until", and an -ly adverb) is a present-tense verb in -s
    /// other than a verb of saying or a form of be/have, or a plain verb right after its subject: "arrives Sunday",
    /// "ends on Sunday", "begins in October", "runs through Sunday", "Netanyahu and Arafat meet separately Monday".
    /// </summary>
    public bool IsScheduleVerbBefore(int first)
    {
        int k = first - 1;
        if (k >= 0 && !tokens[first].BreakBefore && (IsWordAt(k, "on") || IsWordAt(k, "in") || IsWordAt(k, "through") || IsWordAt(k, "until")))
        {
            k--;
        }

        if (k < 0 || tokens[k + 1].BreakBefore || tokens[k].Kind != ScanKind.Word)
        {
            return false;
        }

        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (word.Length >= 5 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && k > 0 && !tokens[k].BreakBefore && tokens[k - 1].Kind == ScanKind.Word)
        {
            k--; // "meet separately Monday"
            word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        }

        if (IsPluralPresent(k))
        {
            return true;
        }

        return word.Length >= 4 && word[^1] == 's' && char.IsLower(word[0]) && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.Equals("says", StringComparison.Ordinal) && !word.Equals("has", StringComparison.Ordinal) && !word.Equals("was", StringComparison.Ordinal)
            && !word.Equals("does", StringComparison.Ordinal) && CueOf(k) == Tense.Present;
    }

    /// <summary>
    /// The expression stands in what opens its sentence: two words at most before it ("In January, American Medical
    /// brought in ...", "Also Sunday, protesters rallied"), or a phrase of up to eight words that a preposition opens,
    /// with no comma before the expression but those around a state ("After a test in January, the council imposed ...",
    /// "At a rally in Portland, Maine, on Thursday, Trump said"): the verb after the comma governs it.
    /// </summary>
    private bool OpensClause(int first)
    {
        int words = 0, start = first;
        bool comma = false;
        for (int k = first; k > 0 && !tokens[k].BreakBefore; k--)
        {
            start = k - 1;
            comma |= tokens[k - 1].Kind == ScanKind.Punct && text[tokens[k - 1].Start] is ',' or ';' or ':' && !AroundPlaceName(k - 1);
            if (tokens[k - 1].Kind == ScanKind.Word && ++words > 8)
            {
                return false;
            }
        }

        return words <= 2 || (!comma && IsOpeningPreposition(start));
    }

    /// <summary>The comma at <paramref name="k"/> opens or closes one capitalised word: "in Portland, Maine, on Thursday".</summary>
    private bool AroundPlaceName(int k)
    {
        bool opens = IsCapitalisedWord(k + 1) && IsComma(k + 2);
        bool closes = k >= 2 && IsCapitalisedWord(k - 1) && IsComma(k - 2);
        return opens || closes;
    }

    private bool IsCapitalisedWord(int i) => i < count && tokens[i].Kind == ScanKind.Word && char.IsUpper(text[tokens[i].Start]);

    private bool IsComma(int i) => i < count && tokens[i].Kind == ScanKind.Punct && text[tokens[i].Start] == ',';

    private static readonly string[] OpeningPrepositions = ["after", "before", "following", "during", "since", "until", "in", "on", "at", "by", "from", "amid", "despite"];

    private bool IsOpeningPreposition(int i)
    {
        foreach (var preposition in OpeningPrepositions)
        {
            if (IsWordAt(i, preposition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A comma, semicolon, colon, opening bracket or quotation mark between two tokens: the expression's clause ends
    /// there ("acknowledged Monday night "it will be hard"": the quotation has a tense of its own).
    /// </summary>
    private bool ClosesClause(int from, int to)
    {
        for (int k = from + 1; k < to && k < count; k++)
        {
            if (tokens[k].Kind == ScanKind.Punct && text[tokens[k].Start] is ',' or ';' or ':' or '(' or '\u201C' or '"')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb in its plain form after its subject: "Netanyahu and Arafat meet Monday". Not after "to", a modal or
    /// do/did, and not first in its sentence (an imperative).
    /// </summary>
    private bool IsPluralPresent(int k)
    {
        if (pos is null || posTokens is null || k < 1 || tokens[k].BreakBefore || tokens[k - 1].Kind != ScanKind.Word)
        {
            return false;
        }

        int p = posTokens.FirstEndingAfter(tokens[k].Start);
        if (p >= posTokens.Count || posTokens.Starts[p] != tokens[k].Start || p >= pos.Tags.Length || pos.Tags[p] != Upos.VERB || p < 1)
        {
            return false;
        }

        string word = text.Substring(tokens[k].Start, posTokens.Ends[p] - tokens[k].Start);
        if (word != pos.Lemmas[p] || !char.IsLower(word[0]) || pos.Tags[p - 1] is not (Upos.NOUN or Upos.PROPN or Upos.PRON))
        {
            return false;
        }

        var before = text.AsSpan(posTokens.Starts[p - 1], posTokens.Ends[p - 1] - posTokens.Starts[p - 1]);
        return !before.Equals("I", StringComparison.Ordinal) && !before.Equals("you", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The next word token from <paramref name="from"/> in <paramref name="step"/>'s direction: -1 or <c>count</c> when none.</summary>
    private int NextWord(int from, int step)
    {
        int k = from + step;
        while (k >= 0 && k < count && tokens[k].Kind != ScanKind.Word)
        {
            k += step;
        }

        return k < 0 ? -1 : Math.Min(k, count);
    }

    /// <summary>True when a sentence boundary lies before any token in <c>(from, to)</c> exclusive of <paramref name="from"/>.</summary>
    private bool CrossesBreak(int from, int to)
    {
        for (int k = from + 1; k < to && k < count; k++)
        {
            if (tokens[k].BreakBefore)
            {
                return true;
            }
        }

        return false;
    }

    private Tense CueOf(int i)
    {
        ref var token = ref tokens[i];
        if (token.Kind != ScanKind.Word)
        {
            return Tense.Unknown;
        }

        var word = text.AsSpan(token.Start, token.Length);
        if (token.Entry is not { Tense: not Tense.Unknown } && word.EndsWith("ed", StringComparison.Ordinal) && i > 0 && !token.BreakBefore
            && (IsWordAt(i - 1, "a") || IsWordAt(i - 1, "an") || IsWordAt(i - 1, "the")))
        {
            return Tense.Unknown; // "a contested convention": after an article a participle is an adjective, no past tense
        }

        if (word.Equals("won", StringComparison.OrdinalIgnoreCase) && i + 1 < count && tokens[i + 1].Start == token.End && text[tokens[i + 1].Start] is '\'' or '\u2019')
        {
            return Tense.Future;
        }

        // "is to resume trading Tuesday": be + to-infinitive names what is planned.
        if ((word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase)) && IsWordAt(i + 1, "to")
            && i + 1 < count && !tokens[i + 1].BreakBefore)
        {
            return Tense.Future;
        }

        // "expected to hit Florida by Saturday": an infinitive has no tense of its own; the verb that governs it decides.
        if (i > 0 && !token.BreakBefore && IsWordAt(i - 1, "to") && !IsWordAt(i - 2, "used"))
        {
            return Tense.Unknown;
        }

        // The curated cue words come first: "scheduled to close Monday" is future though "scheduled" is a past form.
        if (token.Entry is { Tense: not Tense.Unknown } e && !IsVerbFormTaggedNoun(i, word))
        {
            // "set to open Monday", "set for Monday" look ahead; "the record set on Aug. 6" is a participle like any other.
            // A past form is read with its auxiliary too: "is to be held Nov. 20" looks ahead.
            if (e.Tense == Tense.Future && IsPluperfectBefore(i))
            {
                return Tense.Past; // "had been due to expire Friday", "had been scheduled for Monday": a plan the story has overtaken
            }

            return (word.Equals("set", StringComparison.OrdinalIgnoreCase) && !IsWordAt(i + 1, "to") && !IsWordAt(i + 1, "for")) || e.Tense == Tense.Past
                ? AfterAuxiliary(i)
                : e.Tense;
        }

        if (pos is not null && posTokens is not null)
        {
            var (tagged, isVerb) = FromPos(token.Start);
            if (tagged is { } verbTense)
            {
                return verbTense == Tense.Past ? AfterAuxiliary(i) : verbTense;
            }

            if (!isVerb)
            {
                return Tense.Unknown; // "markets untouched by", "a scheduled meeting": an -ed adjective governs nothing
            }
        }

        return word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)
            && !word.Equals("hundred", StringComparison.Ordinal)
            ? AfterAuxiliary(i)
            : Tense.Unknown;
    }

    /// <summary>
    /// A past participle takes its tense from the auxiliary before it: "will be named" and "to be completed" look
    /// ahead, "is expected" is present; a bare participle stays past.
    /// </summary>
    private Tense AfterAuxiliary(int participle)
    {
        int k = participle - 1;
        if (k >= 0 && !tokens[participle].BreakBefore && IsWordAt(k, "be"))
        {
            int before = k - 1;
            if (before >= 0 && !tokens[k].BreakBefore && tokens[before].Entry is { Tense: Tense.Future })
            {
                return Tense.Future;
            }

            return before >= 0 && !tokens[k].BreakBefore && (IsWordAt(before, "to") || IsWordAt(before, "could") || IsWordAt(before, "may")
                || IsWordAt(before, "might") || IsWordAt(before, "should") || IsWordAt(before, "must") || IsWordAt(before, "can"))
                ? Tense.Future
                : Tense.Unknown;
        }

        if (k >= 0 && !tokens[participle].BreakBefore && (IsWordAt(k, "is") || IsWordAt(k, "are") || IsWordAt(k, "being")))
        {
            return Tense.Present;
        }

        // "would set the stage for a convention in July", "will put California up for grabs in November": a past
        // form that is also the plain form, after a modal, looks ahead.
        if (k >= 0 && !tokens[participle].BreakBefore && (tokens[k].Entry is { Tense: Tense.Future } || IsWordAt(k, "could") || IsWordAt(k, "may")
            || IsWordAt(k, "might") || IsWordAt(k, "should") || IsWordAt(k, "must") || IsWordAt(k, "can")))
        {
            return Tense.Future;
        }

        if (k >= 0 && !tokens[participle].BreakBefore && (IsWordAt(k, "has") || IsWordAt(k, "have")))
        {
            return Tense.Present; // "has extended loans through January": the present perfect takes no past date of its own
        }

        return Tense.Past;
    }

    /// <summary>
    /// A participle between a noun and "by" ("new markets untouched by the crisis", "a group led by"): a passive that
    /// modifies the noun, so it tells nothing of the tense of an expression before it.
    /// </summary>
    private bool IsAgentParticiple(int i)
    {
        if (pos is null || posTokens is null || i < 1 || tokens[i].BreakBefore || !IsWordAt(i + 1, "by") || tokens[i + 1].BreakBefore
            || tokens[i - 1].Kind != ScanKind.Word)
        {
            return false;
        }

        int p = posTokens.FirstEndingAfter(tokens[i - 1].Start);
        return p < posTokens.Count && posTokens.Starts[p] == tokens[i - 1].Start && p < pos.Tags.Length && pos.Tags[p] is Upos.NOUN or Upos.PROPN;
    }

    /// <summary>"had been" just before the word, with no sentence break between.</summary>
    private bool IsPluperfectBefore(int i) =>
        i >= 2 && !tokens[i].BreakBefore && !tokens[i - 1].BreakBefore && IsWordAt(i - 1, "been") && IsWordAt(i - 2, "had");

    private bool IsWordAt(int i, string word) =>
        i < count && tokens[i].Kind == ScanKind.Word && text.AsSpan(tokens[i].Start, tokens[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "explaining his plan", "withdrawal plans in October": a cue word that the POS layer reads as a noun is no verb
    /// and no cue, but "plans to endorse" still looks ahead, and "the record set on Aug. 6", often tagged a noun, keeps
    /// its own reading.
    /// </summary>
    private bool IsVerbFormTaggedNoun(int i, ReadOnlySpan<char> word)
    {
        if (pos is null || posTokens is null || word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || word.Equals("yesterday", StringComparison.OrdinalIgnoreCase)
            || word.Equals("set", StringComparison.OrdinalIgnoreCase) || IsWordAt(i + 1, "to"))
        {
            return false;
        }

        int start = tokens[i].Start, k = posTokens.FirstEndingAfter(start);
        return k < posTokens.Count && posTokens.Starts[k] == start && k < pos.Tags.Length && pos.Tags[k] == Upos.NOUN;
    }

    /// <summary>
    /// Reads a verb's tense from its UPOS and lemma. Tense is null when the tagger says nothing certain; IsVerb is
    /// false only when the token is tagged and is no verb (the -ed ending then proves nothing).
    /// </summary>
    private (Tense? Tense, bool IsVerb) FromPos(int start)
    {
        int k = posTokens!.FirstEndingAfter(start);
        if (k >= posTokens.Count || posTokens.Starts[k] != start || k >= pos!.Tags.Length)
        {
            return (null, true);
        }

        var tag = pos.Tags[k];
        if (tag is not (Upos.VERB or Upos.AUX))
        {
            return (null, false);
        }

        return (VerbTense(start, k), true);
    }

    private Tense VerbTense(int start, int k)
    {
        string word = text.Substring(start, posTokens!.Ends[k] - start).ToLowerInvariant();
        string lemma = pos!.Lemmas[k];
        if (word is "will" or "would" or "shall" or "'ll" or "wo")
        {
            return Tense.Future;
        }

        if (word is "was" or "were" or "had" or "did" or "has" or "have")
        {
            return Tense.Past;
        }

        if (word is "is" or "are" or "am" or "'s" or "do" or "does")
        {
            return Tense.Present;
        }

        if (word == lemma || word.EndsWith("ing", StringComparison.Ordinal))
        {
            return Tense.Unknown;
        }

        return word.EndsWith('s') ? Tense.Present : Tense.Past;
    }
}
