using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dateline.Events;

/// <summary>
/// The compact line format of <c>data/events/*.txt</c> (tab-separated, <c>#</c> comments):
/// <code>
/// B  index  NAME                         verb synonym block (named after its first verb)
/// V  block  code  verbWord  WORD WORD    verb form; verbWord = index of the inflected word
/// P  block  code  before  after          pattern; items separated by spaces, alternatives by |, words of one item by _
/// A  WORDS  defaultCode  CODE@from-to;…  actor; dates yyyymmdd inclusive
/// G  WORDS  ~GOV | NGO~                  agent; ~ before the code appends it to the actor code, after prepends it
/// D  WORDS  sentence|story               discard
/// </code>
/// Codes: CAMEO, <c>src:rev</c> also codes the reverse direction (target → source), <c>---</c> codes nothing.
/// </summary>
public static class EventLexiconFormat
{
    // ~50,000 lines, once per process: the loader is optimised at once instead of after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EventLexicon Read(IEnumerable<TextReader> readers)
    {
        var parser = new LineParser();
        foreach (var reader in readers)
        {
            int lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                try
                {
                    parser.Read(line, lineNumber);
                }
                catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
                {
                    throw new FormatException($"Event dictionary line {lineNumber}: {e.Message}", e);
                }
            }
        }

        return parser.Builder.Build();
    }

    public static void Write(EventLexicon dictionary, TextWriter verbs, TextWriter actors, TextWriter agents, TextWriter discards)
    {
        for (int i = 0; i < dictionary.Blocks.Count; i++)
        {
            verbs.WriteLine($"B\t{i}\t{dictionary.Blocks[i]}");
        }

        foreach (var verb in dictionary.Verbs)
        {
            verbs.WriteLine($"V\t{verb.Block}\t{verb.Code}\t{verb.VerbWord}\t{string.Join(' ', verb.Words)}");
        }

        foreach (var pattern in dictionary.Patterns)
        {
            verbs.WriteLine($"P\t{pattern.Block}\t{pattern.Code}\t{ItemsText(pattern.Before)}\t{ItemsText(pattern.After)}");
        }

        foreach (var actor in dictionary.Actors)
        {
            var roles = string.Join(';', actor.Roles.Select(r => $"{r.Code}@{r.From}-{r.To}"));
            actors.WriteLine($"A\t{string.Join(' ', actor.Words)}\t{actor.DefaultCode}\t{roles}");
        }

        foreach (var agent in dictionary.Agents)
        {
            agents.WriteLine($"G\t{string.Join(' ', agent.Words)}\t{(agent.Prefix ? agent.Code + "~" : "~" + agent.Code)}");
        }

        foreach (var discard in dictionary.Discards)
        {
            discards.WriteLine($"D\t{string.Join(' ', discard.Words)}\t{(discard.WholeStory ? "story" : "sentence")}");
        }
    }

    private static string ItemsText(IReadOnlyList<PatternItem> items)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.AppendJoin('|', item.Alternatives.Select(a => string.Join('_', a)));
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads lines into a builder, sharing what repeats: a word or code is one string however many entries name it,
    /// and a pattern item (a synonym set can expand to dozens of alternatives) is built once for all the patterns
    /// that use it. Fields are read as spans, so a line allocates only what it keeps; actor lines are kept as text
    /// (<see cref="ActorTable"/>) and read when matched.
    /// </summary>
    private sealed class LineParser
    {
        private readonly StringPool strings = new();
        private readonly Dictionary<string, PatternItem> items = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PatternItem>.AlternateLookup<ReadOnlySpan<char>> itemLookup;

        public LineParser()
        {
            itemLookup = items.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public EventLexiconBuilder Builder { get; } = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Read(string line, int lineNumber)
        {
            var text = line.AsSpan();
            Span<Range> ranges = stackalloc Range[6];
            ranges = ranges[..text.Split(ranges, '\t')];
            switch (Field(text, ranges, 0))
            {
                case "B":
                    Builder.AddBlock(Field(text, ranges, 2).ToString());
                    break;
                case "V":
                    Builder.AddVerb(new VerbForm(Words(Field(text, ranges, 4)), Int(Field(text, ranges, 3)), Int(Field(text, ranges, 1)), strings.Get(Field(text, ranges, 2))));
                    break;
                case "P":
                    Builder.AddPattern(new VerbPattern(Int(Field(text, ranges, 1)), Items(Field(text, ranges, 3)), Items(Field(text, ranges, 4)), strings.Get(Field(text, ranges, 2)), lineNumber));
                    break;
                case "A":
                    _ = Field(text, ranges, 3);
                    Builder.AddActor(text[ranges[1].Start.GetOffset(text.Length)..]);
                    break;
                case "G":
                    var agent = Field(text, ranges, 2);
                    Builder.AddAgent(new AgentEntry(Words(Field(text, ranges, 1)), strings.Get(agent.Trim('~')), agent.EndsWith('~')));
                    break;
                case "D":
                    Builder.AddDiscard(new DiscardEntry(Words(Field(text, ranges, 1)), Field(text, ranges, 2) is "story"));
                    break;
                default:
                    throw new FormatException($"unknown line kind '{Field(text, ranges, 0)}'");
            }
        }

        private static ReadOnlySpan<char> Field(ReadOnlySpan<char> text, Span<Range> ranges, int index) =>
            index < ranges.Length ? text[ranges[index]] : throw new FormatException("too few fields");

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private PatternItem[] Items(ReadOnlySpan<char> text)
        {
            var result = new List<PatternItem>();
            foreach (var range in text.Split(' '))
            {
                var item = text[range];
                if (item.IsEmpty)
                {
                    continue;
                }

                if (!itemLookup.TryGetValue(item, out var shared))
                {
                    var alternatives = new List<string[]>();
                    foreach (var alternative in item.Split('|'))
                    {
                        alternatives.Add(Words(item[alternative], '_', keepEmpty: true));
                    }

                    shared = new PatternItem([.. alternatives], false);
                    items.Add(item.ToString(), shared);
                }

                result.Add(shared);
            }

            return [.. result];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private string[] Words(ReadOnlySpan<char> text, char separator = ' ', bool keepEmpty = false)
        {
            int count = 0;
            foreach (var range in text.Split(separator))
            {
                count += keepEmpty || !text[range].IsEmpty ? 1 : 0;
            }

            var words = new string[count];
            int k = 0;
            foreach (var range in text.Split(separator))
            {
                if (keepEmpty || !text[range].IsEmpty)
                {
                    words[k++] = strings.Get(text[range]);
                }
            }

            return words;
        }
    }

    /// <summary>An actor from its fields <c>WORDS TAB defaultCode TAB CODE@from-to;…</c> (see <see cref="ActorTable"/>).</summary>
    internal static ActorEntry ParseActor(string fields)
    {
        var parts = fields.Split('\t');
        var roles = parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(role =>
            {
                int at = role.IndexOf('@', StringComparison.Ordinal);
                int dash = role.IndexOf('-', at);
                return new ActorRole(role[..at], Int(role.AsSpan(at + 1, dash - at - 1)), Int(role.AsSpan(dash + 1)));
            })
            .ToArray();
        return new ActorEntry(parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), parts[1].Length == 0 ? null : parts[1], roles);
    }

    private static int Int(ReadOnlySpan<char> text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}

/// <summary>One string object per distinct text, looked up by span so that a repeated word costs no allocation.</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<char> text)
    {
        if (lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        shared = text.ToString();
        pool.Add(shared, shared);
        return shared;
    }
}

/// <summary>Collects dictionary entries from any source format.</summary>
public sealed class EventLexiconBuilder
{
    private readonly List<string> blocks = [];
    private readonly List<VerbForm> verbs = [];
    private readonly List<VerbPattern> patterns = [];
    private readonly ActorTable.Builder actors = new();
    private readonly List<AgentEntry> agents = [];
    private readonly List<DiscardEntry> discards = [];

    public int AddBlock(string name)
    {
        blocks.Add(name);
        return blocks.Count - 1;
    }

    public void AddVerb(VerbForm verb) => verbs.Add(verb);

    public void AddPattern(VerbPattern pattern) => patterns.Add(pattern);

    public void AddActor(ActorEntry actor) => actors.Add(actor);

    internal void AddActor(ReadOnlySpan<char> fields) => actors.Add(fields);

    public void AddAgent(AgentEntry agent) => agents.Add(agent);

    public void AddDiscard(DiscardEntry discard) => discards.Add(discard);

    public EventLexicon Build() => new(actors, agents, blocks, verbs, patterns, discards);
}
