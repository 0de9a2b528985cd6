using System.Diagnostics.CodeAnalysis;
using Dateline.Documents;

namespace Dateline.Cleaning;

/// <summary>
/// One pass over a body paragraph that finds machine-translation damage: sentences glued together
/// (<c>GazaParticularly</c>), function words capitalised mid-sentence and names left in lower case
/// (<c>usa And israel</c>), and attribution verbs orphaned right after a closing quote (<c>way”Said.</c>).
/// Hand-written scanning with a three-word window; nothing is allocated unless a repair fires.
/// </summary>
internal static class RepairScanner
{
    public const string RunTogetherRule = "repair:glued-sentence-start";
    public const string FunctionWordRule = "repair:capitalised-function-word-beside-name";

    /// <summary>A capitalised function word with no lower-cased name beside it: kept only in a visibly damaged article.</summary>
    public const string LoneFunctionWordRule = "repair:capitalised-function-word";
    public const string NameRule = "repair:lower-cased-name";
    public const string OrphanedCueRule = "repair:verb-after-closing-quote";

    private const int MinSuffixLength = 3;
    private const int MinPrefixLength = 2;
    private const int MaxVerbLength = 16;
    private const int TitleWindow = 3;

    private enum Shape : byte
    {
        Lower,
        Capitalized,
        Upper,
        Mixed,
    }

    /// <summary>A lower-cased name; kept when a repaired function word stands beside it or the article spells it properly.</summary>
    private readonly record struct NameCandidate(Repair Repair, bool BesideFunctionWord);

    private readonly record struct Word(int Start, int End, Shape Shape, bool SpacesBefore)
    {
        public int Length => End - Start;
    }

    /// <summary>Adds the paragraph's repairs to <paramref name="repairs"/> (not sorted) and run-together breaks to <paramref name="breaks"/>.</summary>
    public static void Scan(string raw, TextSpan paragraph, CleaningLexicons lexicons, ProperSpellings spellings, List<Repair> repairs, List<int> breaks)
    {
        int end = paragraph.End;
        List<NameCandidate>? names = null;
        Word prev = default, mid = default;
        int seen = 0;
        int lastWordEnd = -1;
        bool lineStartPending = true, lineCapitalised = false;
        int i = paragraph.Start;
        while (i < end)
        {
            if (!TextScan.IsLetter(raw[i]))
            {
                lineStartPending |= raw[i] == '\n';
                i++;
                continue;
            }

            int start = i;
            int upper = 0, lastUpper = -1;
            while (i < end && TextScan.IsLetter(raw[i]))
            {
                if (TextScan.IsUpper(raw[i]))
                {
                    upper++;
                    lastUpper = i;
                }

                i++;
            }

            var shape = upper == 0 ? Shape.Lower
                : upper == 1 && lastUpper == start ? Shape.Capitalized
                : upper == i - start ? Shape.Upper
                : Shape.Mixed;
            var word = new Word(start, i, shape, lastWordEnd >= 0 && OnlyInlineSpaces(raw, lastWordEnd, start));
            lastWordEnd = i;
            if (lineStartPending)
            {
                lineCapitalised = TextScan.IsUpper(raw[start]);
                lineStartPending = false;
            }

            bool afterFunctionWord = false;
            if (seen >= 2 && mid.Shape == Shape.Capitalized && word.Shape == Shape.Lower && word.SpacesBefore
                && TryFunctionWord(raw, paragraph, prev, mid, word, lexicons, repairs))
            {
                afterFunctionWord = true;
                if (names is [.., { Repair.Span.End: var nameEnd }] && nameEnd == prev.End)
                {
                    names[^1] = names[^1] with { BesideFunctionWord = true };
                }
            }

            switch (shape)
            {
                case Shape.Mixed:
                    TryRunTogether(raw, paragraph, word, lastUpper, upper, lexicons, repairs, breaks);
                    break;
                case Shape.Lower when lineCapitalised && IsName(raw, word, lexicons, out var proper) && IsStandalone(raw, paragraph, word):
                    var repair = new Repair(RepairKinds.NameCase, new TextSpan(word.Start, word.End), raw.Substring(word.Start, word.Length), proper, NameRule);
                    (names ??= []).Add(new NameCandidate(repair, afterFunctionWord));
                    break;
                default:
                    break;
            }

            if (shape is Shape.Lower or Shape.Capitalized && start > paragraph.Start && word.Length <= MaxVerbLength)
            {
                TryOrphanedCue(raw, paragraph, word, lexicons, repairs);
            }

            prev = mid;
            mid = word;
            seen++;
        }

        foreach (var name in names ?? [])
        {
            if (name.BesideFunctionWord || spellings.Contains(name.Repair.Replacement))
            {
                repairs.Add(name.Repair);
            }
        }
    }

    /// <summary>
    /// <c>usa And israel</c>: a capitalised function word between two lower-case words. Titles quoted in running
    /// text ("a podcast called Into the Deep") keep their capitals: unless a lower-cased name stands beside the
    /// word, no capitalised word may follow within the next few words.
    /// </summary>
    private static bool TryFunctionWord(string raw, TextSpan paragraph, Word prev, Word mid, Word next, CleaningLexicons lexicons, List<Repair> repairs)
    {
        if (prev.Shape != Shape.Lower || !mid.SpacesBefore || mid.Length < 2
            || !lexicons.CapitalisedFunctionWords.Contains(raw.AsSpan(mid.Start, mid.Length)))
        {
            return false;
        }

        bool besideName = IsName(raw, prev, lexicons, out _) || IsName(raw, next, lexicons, out _);
        if (!besideName && CapitalisedWordAhead(raw, next.End, paragraph.End))
        {
            return false;
        }

        string original = raw.Substring(mid.Start, mid.Length);
        repairs.Add(new Repair(RepairKinds.FunctionWordCase, new TextSpan(mid.Start, mid.End), original, original.ToLowerInvariant(), besideName ? FunctionWordRule : LoneFunctionWordRule));
        return true;
    }

    private static void TryRunTogether(string raw, TextSpan paragraph, Word word, int lastUpper, int upper, CleaningLexicons lexicons, List<Repair> repairs, List<int> breaks)
    {
        int prefixLength = lastUpper - word.Start;
        if (word.End - lastUpper < MinSuffixLength || prefixLength < MinPrefixLength)
        {
            return;
        }

        // The glued head either ends in a lower-case letter (Gaza|Particularly) or is an acronym (UNRWA|The).
        bool acronymHead = upper - 1 == prefixLength;
        if ((!acronymHead && !TextScan.IsLower(raw[lastUpper - 1])) || !IsStandalone(raw, paragraph, word)
            || !lexicons.SentenceInitialWords.Contains(raw.AsSpan(lastUpper, word.End - lastUpper)))
        {
            return;
        }

        string original = raw.Substring(word.Start, word.Length);
        string replacement = string.Concat(raw.AsSpan(word.Start, prefixLength), ". ", raw.AsSpan(lastUpper, word.End - lastUpper));
        repairs.Add(new Repair(RepairKinds.RunTogetherSentence, new TextSpan(word.Start, word.End), original, replacement, RunTogetherRule));
        breaks.Add(lastUpper);
    }

    private static bool IsName(string raw, Word word, CleaningLexicons lexicons, [NotNullWhen(true)] out string? proper)
    {
        proper = null;
        var text = raw.AsSpan(word.Start, word.Length);
        return word.Shape == Shape.Lower && word.Length >= lexicons.MinNameLength && word.Length <= lexicons.MaxNameLength
            && lexicons.MayBeName(text) && lexicons.Names.TryGetValue(text, out proper);
    }

    /// <summary>Within <see cref="TitleWindow"/> words before the end of the clause, is any word capitalised?</summary>
    private static bool CapitalisedWordAhead(string raw, int from, int end)
    {
        int words = 0;
        for (int i = from; i < end && words < TitleWindow; i++)
        {
            char c = raw[i];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n')
            {
                return false;
            }

            if (TextScan.IsLetter(c) && !TextScan.IsLetter(raw[i - 1]))
            {
                if (TextScan.IsUpper(c))
                {
                    return true;
                }

                words++;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>…horrific way”Said.</c>: a speech verb right after a closing quote (at most one space between) and right
    /// before punctuation has lost its speaker.
    /// </summary>
    private static void TryOrphanedCue(string raw, TextSpan paragraph, Word word, CleaningLexicons lexicons, List<Repair> repairs)
    {
        // With a space between, only a capitalised verb is suspect: in 'as “The Journal” wrote, ...' the quoted
        // title is the speaker.
        int quote = word.Start - 1;
        if (raw[quote] == ' ' && quote > paragraph.Start && word.Shape == Shape.Capitalized)
        {
            quote--;
        }

        if (!TextScan.IsClosingQuote(raw[quote]) || (raw[quote] == '"' && (quote == paragraph.Start || char.IsWhiteSpace(raw[quote - 1]))))
        {
            return;
        }

        if (word.End < paragraph.End && raw[word.End] is not ('.' or ',' or ';' or '!' or '?' or '\n' or '\r'))
        {
            return;
        }

        Span<char> lower = stackalloc char[MaxVerbLength];
        int length = raw.AsSpan(word.Start, word.Length).ToLowerInvariant(lower);
        if (!lexicons.SpeechVerbs.Contains(lower[..length]))
        {
            return;
        }

        repairs.Add(new Repair(RepairKinds.OrphanedCue, new TextSpan(word.Start, word.End), raw.Substring(word.Start, word.Length), lower[..length].ToString(), OrphanedCueRule));
    }

    /// <summary>Not part of a URL, e-mail address, handle, file name or number.</summary>
    private static bool IsStandalone(string raw, TextSpan paragraph, Word word)
    {
        if (word.Start > paragraph.Start && raw[word.Start - 1] is '@' or '#' or '/' or '\\' or '_' or '.' or '-' or (>= '0' and <= '9'))
        {
            return false;
        }

        if (word.End >= paragraph.End)
        {
            return true;
        }

        char after = raw[word.End];
        return after is not ('@' or '/' or '\\' or '_' or '-' or (>= '0' and <= '9'))
            && !(after == '.' && word.End + 1 < paragraph.End && TextScan.IsLetter(raw[word.End + 1]));
    }

    private static bool OnlyInlineSpaces(string raw, int from, int to)
    {
        if (from == to)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (raw[i] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}
