using System.Globalization;
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
    public static EventLexicon Read(IEnumerable<TextReader> readers)
    {
        var builder = new EventLexiconBuilder();
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

                var fields = line.Split('\t');
                try
                {
                    ReadLine(builder, fields, lineNumber);
                }
                catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
                {
                    throw new FormatException($"Event dictionary line {lineNumber}: {e.Message}", e);
                }
            }
        }

        return builder.Build();
    }

    private static void ReadLine(EventLexiconBuilder builder, string[] fields, int lineNumber)
    {
        switch (fields[0])
        {
            case "B":
                builder.AddBlock(fields[2]);
                break;
            case "V":
                builder.AddVerb(new VerbForm(Words(fields[4]), Int(fields[3]), Int(fields[1]), fields[2]));
                break;
            case "P":
                builder.AddPattern(new VerbPattern(Int(fields[1]), Items(fields[3]), Items(fields[4]), fields[2], lineNumber));
                break;
            case "A":
                builder.AddActor(new ActorEntry(Words(fields[1]), fields[2].Length == 0 ? null : fields[2], Roles(fields[3])));
                break;
            case "G":
                bool prefix = fields[2].EndsWith('~');
                builder.AddAgent(new AgentEntry(Words(fields[1]), fields[2].Trim('~'), prefix));
                break;
            case "D":
                builder.AddDiscard(new DiscardEntry(Words(fields[1]), fields[2] == "story"));
                break;
            default:
                throw new FormatException($"unknown line kind '{fields[0]}'");
        }
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

    private static PatternItem[] Items(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(item => new PatternItem(item.Split('|').Select(a => a.Split('_')).ToArray(), false))
            .ToArray();

    private static ActorRole[] Roles(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(role =>
            {
                int at = role.IndexOf('@', StringComparison.Ordinal);
                int dash = role.IndexOf('-', at);
                return new ActorRole(role[..at], Int(role[(at + 1)..dash]), Int(role[(dash + 1)..]));
            })
            .ToArray();

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}

/// <summary>Collects dictionary entries from any source format.</summary>
public sealed class EventLexiconBuilder
{
    private readonly List<string> blocks = [];
    private readonly List<VerbForm> verbs = [];
    private readonly List<VerbPattern> patterns = [];
    private readonly List<ActorEntry> actors = [];
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

    public void AddAgent(AgentEntry agent) => agents.Add(agent);

    public void AddDiscard(DiscardEntry discard) => discards.Add(discard);

    public EventLexicon Build() => new(actors, agents, blocks, verbs, patterns, discards);
}
