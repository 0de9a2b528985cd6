using System.Globalization;
using System.Reflection;

namespace Dateline.Time;

/// <summary>Calendar units a count can measure; the TIMEX3 duration letters follow from them.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

internal enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>Everything the lexicon knows about one word; zero/None means "not in that category".</summary>
internal sealed class LexEntry
{
    public int Month { get; set; }

    public int Weekday { get; set; }

    public int PluralWeekday { get; set; }

    public int Number { get; set; } = -1;

    public int Ordinal { get; set; }

    public TimeUnit Unit { get; set; }

    public bool PluralUnit { get; set; }

    public string? PartOfDay { get; set; }

    public string? Season { get; set; }

    public int? Rel { get; set; }

    public bool IsMod { get; set; }

    public bool IsAnaphoric { get; set; }

    public bool IsApprox { get; set; }

    public bool IsQuant { get; set; }

    public bool IsEvery { get; set; }

    public string? SetValue { get; set; }

    public int Ago { get; set; }

    public bool IsDet { get; set; }

    public bool IsTimeZone { get; set; }

    public int Clock { get; set; }

    /// <summary>A modal, "to" or "not": a following "last" with a count is the verb ("could last two weeks").</summary>
    public bool IsVerbal { get; set; }

    /// <summary>A noun of things counted ("soldiers", "people"): a four-digit number right before it is a count, not a year.</summary>
    public bool IsCountedNoun { get; set; }

    /// <summary>A word that a number names ("Resolution 1244", "Flight 1549", "page 1234"): the number after it is no year.</summary>
    public bool IsLabel { get; set; }

    /// <summary>A street word ("Avenue", "Street"): "1600 Pennsylvania Avenue" is an address, not a year.</summary>
    public bool IsStreet { get; set; }

    /// <summary>An era marker in capitals: -1 before the common era (BC, BCE), +1 in it (AD, CE).</summary>
    public int Era { get; set; }

    /// <summary>"more", "additional", "extra": between a count and its unit ("20 more years") it stays in the expression.</summary>
    public bool IsExtra { get; set; }

    /// <summary>A reporting verb: a day right after it ("officials said Saturday") dates the report, not the events.</summary>
    public bool IsReporting { get; set; }

    /// <summary>"since", "after": the date after it bounds a span of time, so it does not date what its sentence tells.</summary>
    public bool IsBoundary { get; set; }

    public Tense Tense { get; set; }

    public bool StartsPhrase { get; set; }

    /// <summary>True when the word can start or continue a time expression (not only a tense cue).</summary>
    public bool IsTrigger { get; set; }

    /// <summary>"once", "twice": a rate after it is a SET that keeps it ("twice a week").</summary>
    public bool IsMultiplier { get; set; }

    /// <summary>A distance or work noun: a rate after it is a speed, which is no time expression.</summary>
    public bool IsSpeed { get; set; }
}

/// <summary>A fixed phrase from <c>data/time/phrases.txt</c>.</summary>
internal sealed record TimePhrase(TimexType Type, string Value);

/// <summary>The lexicons under <c>data/time/</c>, loaded once from the embedded resources.</summary>
internal sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> Shared = new(Load);

    private readonly Dictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private TimeLexicon(Dictionary<string, LexEntry> entries, PhraseNode phrases)
    {
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Words = new AsciiWordTable(entries);
        Phrases = phrases;
        MaxWordLength = entries.Keys.Max(k => k.Length);
    }

    public static TimeLexicon Instance => Shared.Value;

    public PhraseNode Phrases { get; }

    /// <summary>The same entries for the scanner's hashed lookup of ASCII words.</summary>
    public AsciiWordTable Words { get; }

    public int MaxWordLength { get; }

    public LexEntry? Find(ReadOnlySpan<char> word) =>
        word.Length <= MaxWordLength && lookup.TryGetValue(word, out var entry) ? entry : null;

    private static TimeLexicon Load()
    {
        var entries = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        LexEntry Entry(string word)
        {
            if (!entries.TryGetValue(word, out var entry))
            {
                entry = new LexEntry();
                entries[word] = entry;
            }

            return entry;
        }

        foreach (var (fields, line) in ReadLines("lexicon.txt", 3))
        {
            ApplyCategory(Entry(fields[0]), fields[1], fields[2], line);
        }

        foreach (var (fields, line) in ReadLines("tense.txt", 2))
        {
            Entry(fields[0]).Tense = Enum.Parse<Tense>(fields[1], ignoreCase: true);
        }

        var root = new PhraseNode();
        foreach (var (fields, line) in ReadLines("phrases.txt", 3))
        {
            var words = SplitLikeScanner(fields[0]);
            var node = root;
            foreach (string word in words)
            {
                node = node.Child(word);
            }

            node.Phrase = new TimePhrase(Enum.Parse<TimexType>(fields[1]), fields[2]);
            var first = Entry(words[0]);
            first.StartsPhrase = true;
            first.IsTrigger = true;
        }

        return new TimeLexicon(entries, root);
    }

    private static void ApplyCategory(LexEntry entry, string category, string value, string line)
    {
        entry.IsTrigger |= category is not ("DET" or "APPROX" or "TZ" or "AGO" or "VERBAL" or "REPORTING" or "BOUNDARY" or "EXTRA" or "COUNTED" or "LABEL" or "STREET" or "SPEED");
        switch (category)
        {
            case "MONTH": entry.Month = Int(value); break;
            case "WEEKDAY": entry.Weekday = Int(value); break;
            case "WEEKDAYS": entry.PluralWeekday = Int(value); break;
            case "NUMBER": entry.Number = Int(value); break;
            case "ORDINAL": entry.Ordinal = Int(value); break;
            case "UNIT":
                entry.PluralUnit = value.EndsWith('+');
                entry.Unit = UnitOf(value.TrimEnd('+'));
                break;
            case "PARTOFDAY": entry.PartOfDay = value; break;
            case "SEASON": entry.Season = value; break;
            case "REL": entry.Rel = Int(value); break;
            case "MOD": entry.IsMod = true; break;
            case "ANAPHORIC": entry.IsAnaphoric = true; break;
            case "APPROX": entry.IsApprox = true; break;
            case "QUANT": entry.IsQuant = true; break;
            case "EVERY": entry.IsEvery = true; break;
            case "MULTIPLIER": entry.IsMultiplier = true; break;
            case "SPEED": entry.IsSpeed = true; break;
            case "SETWORD": entry.SetValue = value; break;
            case "AGO": entry.Ago = Int(value); break;
            case "DET": entry.IsDet = true; break;
            case "TZ": entry.IsTimeZone = true; break;
            case "CLOCK": entry.Clock = Int(value); break;
            case "VERBAL": entry.IsVerbal = true; break;
            case "REPORTING": entry.IsReporting = true; break;
            case "BOUNDARY": entry.IsBoundary = true; break;
            case "EXTRA": entry.IsExtra = true; break;
            case "COUNTED": entry.IsCountedNoun = true; break;
            case "LABEL": entry.IsLabel = true; break;
            case "STREET": entry.IsStreet = true; break;
            case "ERA": entry.Era = Int(value); break;
            default: throw new InvalidDataException($"data/time/lexicon.txt: unknown category in '{line}'");
        }
    }

    /// <summary>Splits a phrase into the units the scanner produces: letter runs, digit runs, single other characters.</summary>
    private static List<string> SplitLikeScanner(string phrase)
    {
        var words = new List<string>();
        int i = 0;
        while (i < phrase.Length)
        {
            char c = phrase[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            int j = i + 1;
            if (char.IsLetter(c) || char.IsAsciiDigit(c))
            {
                while (j < phrase.Length && char.IsLetter(phrase[j]) == char.IsLetter(c) && (char.IsLetter(c) || char.IsAsciiDigit(phrase[j])))
                {
                    j++;
                }
            }

            words.Add(phrase[i..j]);
            i = j;
        }

        return words;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static TimeUnit UnitOf(string code) => code switch
    {
        "S" => TimeUnit.Second,
        "MIN" => TimeUnit.Minute,
        "H" => TimeUnit.Hour,
        "D" => TimeUnit.Day,
        "W" => TimeUnit.Week,
        "WE" => TimeUnit.Weekend,
        "M" => TimeUnit.Month,
        "Q" => TimeUnit.Quarter,
        "HALF" => TimeUnit.Half,
        "Y" => TimeUnit.Year,
        "DE" => TimeUnit.Decade,
        "CE" => TimeUnit.Century,
        _ => throw new InvalidDataException($"data/time/lexicon.txt: unknown unit '{code}'"),
    };

    private static IEnumerable<(string[] Fields, string Line)> ReadLines(string file, int fieldCount)
    {
        var assembly = typeof(TimeLexicon).Assembly;
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("data.time." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != fieldCount)
            {
                throw new InvalidDataException($"data/time/{file}: expected {fieldCount} tab-separated fields in '{line}'");
            }

            yield return (fields, line);
        }
    }
}

/// <summary>A node of the phrase trie; children are keyed by lower-case word.</summary>
internal sealed class PhraseNode
{
    private readonly Dictionary<string, PhraseNode> children = new(StringComparer.OrdinalIgnoreCase);

    public TimePhrase? Phrase { get; set; }

    public PhraseNode Child(string word)
    {
        if (!children.TryGetValue(word, out var child))
        {
            child = new PhraseNode();
            children[word] = child;
        }

        return child;
    }

    public PhraseNode? Next(ReadOnlySpan<char> word) =>
        children.Count > 0 && children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var child) ? child : null;
}
