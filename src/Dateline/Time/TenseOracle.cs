using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Time;

/// <summary>
/// Guesses the tense that governs a time expression: the nearest tense cue in the same sentence, looking
/// outward on both sides. With a POS layer the cue is a verb or auxiliary read from its tag and lemma;
/// without one, cue words from <c>data/time/tense.txt</c> and the -ed ending.
/// </summary>
internal sealed class TenseOracle(string text, ScanToken[] tokens, int count, TokenLayer? posTokens, PosLayer? pos)
{
    private const int Window = 12;

    public Tense Around(int first, int end)
    {
        for (int distance = 1; distance <= Window; distance++)
        {
            int left = first - distance;
            if (left >= 0 && !CrossesBreak(left, first + 1))
            {
                var cue = CueOf(left);
                if (cue != Tense.Unknown)
                {
                    return cue;
                }
            }

            int right = end - 1 + distance;
            if (right < count && !CrossesBreak(end - 1, right + 1))
            {
                var cue = CueOf(right);
                if (cue != Tense.Unknown)
                {
                    return cue;
                }
            }
        }

        return Tense.Unknown;
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
        if (word.Equals("won", StringComparison.OrdinalIgnoreCase) && i + 1 < count && tokens[i + 1].Start == token.End && text[tokens[i + 1].Start] is '\'' or '\u2019')
        {
            return Tense.Future;
        }

        // The curated cue words come first: "scheduled to close Monday" is future though "scheduled" is a past form.
        if (token.Entry is { Tense: not Tense.Unknown } e)
        {
            return e.Tense;
        }

        if (pos is not null && posTokens is not null && FromPos(token.Start) is { } tagged)
        {
            return tagged;
        }

        return word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)
            && !word.Equals("hundred", StringComparison.Ordinal)
            ? Tense.Past
            : Tense.Unknown;
    }

    /// <summary>Reads a verb's tense from its UPOS and lemma; null when the token is no verb (the word lists decide then).</summary>
    private Tense? FromPos(int start)
    {
        int k = posTokens!.FirstEndingAfter(start);
        if (k >= posTokens.Count || posTokens.Starts[k] != start || k >= pos!.Tags.Length)
        {
            return null;
        }

        var tag = pos.Tags[k];
        if (tag is not (Upos.VERB or Upos.AUX))
        {
            return null;
        }

        string word = text.Substring(start, posTokens.Ends[k] - start).ToLowerInvariant();
        string lemma = pos.Lemmas[k];
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
