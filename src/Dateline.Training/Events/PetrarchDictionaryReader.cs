using System.Globalization;
using Dateline.Events;

namespace Dateline.Training.Events;

/// <summary>
/// Reads PETRARCH2's dictionary files (verbs with synsets and patterns, actors with date-bounded roles, agents with
/// substitution markers and plurals, discards) as described in PETRARCH2's docs/source/dictionaries.rst.
/// Transformations (<c>~</c> lines) are not used by the coder and are skipped.
/// </summary>
public static class PetrarchDictionaryReader
{
    public static EventLexicon Read(string verbsPath, IEnumerable<string> actorPaths, string agentsPath, string discardsPath)
    {
        var builder = new EventLexiconBuilder();
        ReadVerbs(File.ReadLines(verbsPath), builder);
        foreach (var path in actorPaths)
        {
            ReadActors(File.ReadLines(path), builder);
        }

        ReadAgents(File.ReadLines(agentsPath), builder);
        ReadDiscards(File.ReadLines(discardsPath), builder);
        return builder.Build();
    }

    internal static void ReadVerbs(IEnumerable<string> lines, EventLexiconBuilder builder)
    {
        var synsets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? openSynset = null;
        bool synsetPlurals = true;
        int block = -1;
        string blockCode = "---";
        int lineNumber = 0;
        foreach (var rawLine in lines)
        {
            lineNumber++;
            string line = StripComment(rawLine, '#').Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            if (line[0] == '&')
            {
                string name = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[0];
                synsetPlurals = !name.EndsWith('_');
                openSynset = [];
                synsets[name.TrimEnd('_')] = openSynset;
                continue;
            }

            if (openSynset is not null && line[0] == '+')
            {
                string phrase = line[1..].Trim();
                if (phrase.StartsWith('&'))
                {
                    if (synsets.TryGetValue(phrase.TrimEnd('_'), out var nested))
                    {
                        openSynset.AddRange(nested);
                    }

                    continue;
                }

                bool plural = synsetPlurals && !phrase.EndsWith('_');
                var words = PhraseWords(phrase);
                openSynset.Add(words);
                if (plural)
                {
                    openSynset.Add([.. words[..^1], Inflection.Plural(words[^1])]);
                }

                continue;
            }

            openSynset = null;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var inner = line.Trim('-').Trim();
                blockCode = CodeOf(inner) ?? "---";
                block = builder.AddBlock(inner.Split((char[])[' ', '\t', '['], StringSplitOptions.RemoveEmptyEntries)[0]);
                continue;
            }

            if (line[0] == '~' || block < 0)
            {
                continue;
            }

            if (line[0] == '-')
            {
                ReadPattern(line[1..], block, blockCode, synsets, builder, lineNumber);
                continue;
            }

            ReadVerbLine(line, block, blockCode, builder);
        }
    }

    private static void ReadVerbLine(string line, int block, string blockCode, EventLexiconBuilder builder)
    {
        string code = CodeOf(line) ?? blockCode;
        string withoutCode = line.Contains('[', StringComparison.Ordinal) ? line[..line.IndexOf('[', StringComparison.Ordinal)] : line;
        string? irregular = null;
        int brace = withoutCode.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            int close = withoutCode.IndexOf('}', brace);
            irregular = withoutCode[(brace + 1)..(close < 0 ? withoutCode.Length : close)];
            withoutCode = withoutCode[..brace];
        }

        string primary = withoutCode.Trim();
        if (primary.Length == 0)
        {
            return;
        }

        var (words, verbWord) = VerbWords(primary);
        builder.AddVerb(new VerbForm(words, verbWord, block, code));
        if (irregular is not null)
        {
            foreach (var form in irregular.Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var (formWords, formVerb) = VerbWords(form);
                builder.AddVerb(new VerbForm(formWords, formVerb, block, code));
            }

            return;
        }

        foreach (var inflected in Inflection.VerbForms(words[verbWord]))
        {
            var copy = (string[])words.Clone();
            copy[verbWord] = inflected;
            builder.AddVerb(new VerbForm(copy, verbWord, block, code));
        }
    }

    private static (string[] Words, int VerbWord) VerbWords(string phrase)
    {
        var parts = phrase.Split('_', StringSplitOptions.RemoveEmptyEntries);
        int verbWord = Math.Max(0, Array.FindIndex(parts, p => p.StartsWith('+')));
        return (parts.Select(p => p.TrimStart('+').ToUpperInvariant()).ToArray(), verbWord);
    }

    private static void ReadPattern(string text, int block, string blockCode, Dictionary<string, List<string[]>> synsets, EventLexiconBuilder builder, int lineNumber)
    {
        string? code = CodeOf(text);
        if (code is null)
        {
            return;
        }

        string body = text[..text.IndexOf('[', StringComparison.Ordinal)];
        var before = new List<PatternItem>();
        var after = new List<PatternItem>();
        bool seenVerb = false;
        foreach (var token in body.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var cleaned = token.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal)
                .Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
            var group = new List<string>();
            foreach (var part in cleaned.Split('_'))
            {
                if (part == "*")
                {
                    Flush(group, seenVerb ? after : before, synsets);
                    seenVerb = true;
                    continue;
                }

                string word = part == "%" ? part : part.Trim('+', '$', '%', '^');
                if (word.Length > 0 && !word.All(c => c is '-' or '.'))
                {
                    group.Add(word.ToUpperInvariant());
                }
            }

            Flush(group, seenVerb ? after : before, synsets);
        }

        if (code is "---" && before.Count == 0 && after.Count == 0)
        {
            return;
        }

        builder.AddPattern(new VerbPattern(block, before, after, code == blockCode || code.Length > 0 ? code : blockCode, lineNumber));
    }

    private static void Flush(List<string> group, List<PatternItem> items, Dictionary<string, List<string[]>> synsets)
    {
        if (group.Count == 0)
        {
            return;
        }

        IEnumerable<string[]> alternatives = [[]];
        foreach (var word in group)
        {
            if (word.StartsWith('&'))
            {
                var members = synsets.TryGetValue(word.TrimEnd('_'), out var found) ? found : [];
                alternatives = alternatives.SelectMany(prefix => members.Select(m => (string[])[.. prefix, .. m])).ToList();
            }
            else
            {
                alternatives = alternatives.Select(prefix => (string[])[.. prefix, word]).ToList();
            }
        }

        var list = alternatives.Where(a => a.Length > 0).ToArray();
        if (list.Length > 0)
        {
            items.Add(new PatternItem(list, false));
        }

        group.Clear();
    }

    internal static void ReadActors(IEnumerable<string> lines, EventLexiconBuilder builder)
    {
        var phrases = new List<string[]>();
        string? defaultCode = null;
        var roles = new List<ActorRole>();
        void Flush()
        {
            foreach (var words in phrases)
            {
                builder.AddActor(new ActorEntry(words, defaultCode, roles.ToArray()));
            }

            phrases.Clear();
            roles.Clear();
            defaultCode = null;
        }

        bool lastWasRole = false;
        foreach (var rawLine in lines)
        {
            string line = StripComment(StripComment(rawLine, '#'), ';');
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("<!--", StringComparison.Ordinal) || trimmed.StartsWith("-->", StringComparison.Ordinal))
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                ReadRole(trimmed, roles, ref defaultCode);
                lastWasRole = true;
                continue;
            }

            if (trimmed[0] == '+')
            {
                phrases.Add(PhraseWords(BeforeCode(trimmed[1..])));
                continue;
            }

            if (lastWasRole || phrases.Count > 0)
            {
                Flush();
            }

            lastWasRole = false;
            phrases.Add(PhraseWords(BeforeCode(trimmed)));
            if (CodeOf(trimmed) is { } code)
            {
                defaultCode = code;
            }
        }

        Flush();
    }

    private static void ReadRole(string text, List<ActorRole> roles, ref string? defaultCode)
    {
        var inner = text.Trim('[', ']', ' ', '\t').Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (inner.Length == 0)
        {
            return;
        }

        string code = inner[0];
        if (inner.Length == 1)
        {
            defaultCode = code;
            return;
        }

        string range = string.Concat(inner[1..]);
        if (range.StartsWith('<'))
        {
            roles.Add(new ActorRole(code, 0, Date(range[1..])));
        }
        else if (range.StartsWith('>'))
        {
            roles.Add(new ActorRole(code, Date(range[1..]), 99991231));
        }
        else if (range.Split('-') is [var from, var to])
        {
            roles.Add(new ActorRole(code, Date(from), Date(to)));
        }
    }

    /// <summary>PETRARCH dates are yyyymmdd or yymmdd; two-digit years up to 30 are this century.</summary>
    private static int Date(string text)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            return 0;
        }

        if (text.Trim().Length == 6)
        {
            int year = value / 10000;
            value += (year <= 30 ? 2000 : 1900) * 10000;
        }

        return value;
    }

    internal static void ReadAgents(IEnumerable<string> lines, EventLexiconBuilder builder)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var rawLine in lines)
        {
            string line = StripComment(rawLine, '#').Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            if (line[0] == '!' && line.Contains('=', StringComparison.Ordinal))
            {
                int eq = line.IndexOf('=', StringComparison.Ordinal);
                substitutions[line[..eq].Trim()] = line[(eq + 1)..].Split(',').Select(s => s.Trim().ToUpperInvariant()).Where(s => s.Length > 0).ToArray();
                continue;
            }

            string? code = CodeOf(line.Replace('}', ']').Replace("[~", "[~", StringComparison.Ordinal));
            int open = line.IndexOf('[', StringComparison.Ordinal);
            if (code is null || open < 0)
            {
                continue;
            }

            string phrasePart = line[..open];
            string? plural = null;
            int brace = phrasePart.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                int close = phrasePart.IndexOf('}', brace);
                plural = phrasePart[(brace + 1)..(close < 0 ? phrasePart.Length : close)].Trim();
                phrasePart = phrasePart[..brace];
            }

            bool prefix = code.EndsWith('~');
            string agentCode = code.Trim('~');
            foreach (var phrase in Substitute(phrasePart.Trim(), substitutions))
            {
                var words = PhraseWords(phrase);
                if (words.Length == 0)
                {
                    continue;
                }

                builder.AddAgent(new AgentEntry(words, agentCode, prefix));
                if (plural is null && !phrase.Contains('!', StringComparison.Ordinal) && !phrasePart.Contains('!', StringComparison.Ordinal))
                {
                    builder.AddAgent(new AgentEntry([.. words[..^1], Inflection.Plural(words[^1])], agentCode, prefix));
                }
                else if (plural is { Length: > 0 })
                {
                    builder.AddAgent(new AgentEntry(PhraseWords(plural), agentCode, prefix));
                }
            }
        }
    }

    private static IEnumerable<string> Substitute(string phrase, Dictionary<string, string[]> substitutions)
    {
        int start = phrase.IndexOf('!', StringComparison.Ordinal);
        int end = start < 0 ? -1 : phrase.IndexOf('!', start + 1);
        if (end < 0 || !substitutions.TryGetValue(phrase[start..(end + 1)], out var values))
        {
            return [phrase];
        }

        return values.Select(v => phrase[..start] + v + phrase[(end + 1)..]);
    }

    internal static void ReadDiscards(IEnumerable<string> lines, EventLexiconBuilder builder)
    {
        foreach (var rawLine in lines)
        {
            string line = StripComment(rawLine, '#').Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            bool story = line[0] == '+';
            var words = PhraseWords(story ? line[1..] : line);
            if (words.Length > 0)
            {
                builder.AddDiscard(new DiscardEntry(words, story));
            }
        }
    }

    private static string BeforeCode(string text)
    {
        int open = text.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? text : text[..open];
    }

    /// <summary>The code in the first <c>[...]</c>, or null.</summary>
    private static string? CodeOf(string text)
    {
        int open = text.IndexOf('[', StringComparison.Ordinal);
        int close = open < 0 ? -1 : text.IndexOf(']', open);
        if (close < 0)
        {
            return null;
        }

        var code = text[(open + 1)..close].Trim();
        return code.Length == 0 ? null : code.ToUpperInvariant();
    }

    private static string[] PhraseWords(string phrase) =>
        phrase.Split((char[])[' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToArray();

    private static string StripComment(string line, char marker)
    {
        int at = line.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }
}
