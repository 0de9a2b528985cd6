namespace Dateline.Text;

/// <summary>What an abbreviation's period means for the sentence splitter; see <c>data/text/abbreviations.txt</c>.</summary>
internal enum AbbreviationKind : byte
{
    None,
    Title,
    Number,
    Month,
    General,
}

/// <summary>
/// The tokenizer's word lists (<c>data/text/*.txt</c>), loaded once from the embedded resources. Lookups take
/// spans so the hot path never allocates.
/// </summary>
internal sealed class TextLexicon
{
    private const int MaxAbbreviationLength = 8;
    private const int MinSplitWordLength = 5;
    private const int MaxSplitWordLength = 6;
    private static readonly Lazy<TextLexicon> Shared = new(Load);

    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> abbreviations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> sentenceOpeners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> hyphenPrefixes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordSplits;

    private TextLexicon(
        Dictionary<string, AbbreviationKind> abbreviations,
        HashSet<string> sentenceOpeners,
        HashSet<string> hyphenPrefixes,
        Dictionary<string, int> wordSplits)
    {
        this.wordSplits = wordSplits.GetAlternateLookup<ReadOnlySpan<char>>();
        this.abbreviations = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        this.sentenceOpeners = sentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
        this.hyphenPrefixes = hyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static TextLexicon Instance => Shared.Value;

    /// <summary>The kind of <paramref name="token"/> (final period included), or None.</summary>
    public AbbreviationKind AbbreviationOf(ReadOnlySpan<char> token)
    {
        if (abbreviations.TryGetValue(token, out var kind))
        {
            return kind;
        }

        // Headlines and bylines in capitals: "GEN." reads as "Gen.".
        if (token.Length is < 3 or > MaxAbbreviationLength || !IsCapitals(token))
        {
            return AbbreviationKind.None;
        }

        Span<char> titleCase = stackalloc char[token.Length];
        titleCase[0] = token[0];
        token[1..].ToLowerInvariant(titleCase[1..]);
        return abbreviations.TryGetValue(titleCase, out kind) ? kind : AbbreviationKind.None;
    }

    private static bool IsCapitals(ReadOnlySpan<char> token)
    {
        foreach (char c in token[..^1])
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsSentenceOpener(ReadOnlySpan<char> word) => sentenceOpeners.Contains(word);

    /// <summary>Whether a hyphen after <paramref name="prefix"/> stays inside the word (case-insensitive).</summary>
    public bool KeepsHyphen(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length > 12)
        {
            return false;
        }

        Span<char> lower = stackalloc char[prefix.Length];
        prefix.ToLowerInvariant(lower);
        return hyphenPrefixes.Contains(lower);
    }

    /// <summary>Where a word UD treats as two ("cannot" → "can|not") splits, or 0.</summary>
    public int SplitOf(ReadOnlySpan<char> word)
    {
        if (word.Length is < MinSplitWordLength or > MaxSplitWordLength)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return wordSplits.TryGetValue(lower, out int at) ? at : 0;
    }

    private static TextLexicon Load()
    {
        var abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (string line in ReadLines("abbreviations.txt"))
        {
            string[] fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || !Enum.TryParse<AbbreviationKind>(fields[1], ignoreCase: true, out var kind) || kind == AbbreviationKind.None)
            {
                throw new InvalidDataException($"data/text/abbreviations.txt: bad line '{line}' (want ABBREVIATION<TAB>title|number|month|general)");
            }

            abbreviations[fields[0]] = kind;
        }

        var wordSplits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in ReadLines("word-splits.txt"))
        {
            string[] fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            int bar = fields.Length == 2 ? fields[1].IndexOf('|', StringComparison.Ordinal) : -1;
            if (bar <= 0 || fields[1].Remove(bar, 1) != fields[0] || fields[0].Length is < MinSplitWordLength or > MaxSplitWordLength)
            {
                throw new InvalidDataException($"data/text/word-splits.txt: bad line '{line}' (want WORD<TAB>FIRST|SECOND)");
            }

            wordSplits[fields[0]] = bar;
        }

        return new TextLexicon(
            abbreviations,
            new HashSet<string>(ReadLines("sentence-openers.txt"), StringComparer.Ordinal),
            new HashSet<string>(ReadLines("hyphen-prefixes.txt"), StringComparer.Ordinal),
            wordSplits);
    }

    /// <summary>The non-blank, non-comment lines of an embedded <c>data/text</c> file.</summary>
    private static List<string> ReadLines(string fileName)
    {
        var assembly = typeof(TextLexicon).Assembly;
        string suffix = ".data.text." + fileName;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource data/text/{fileName} is missing");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
