namespace Dateline.Tagging;

/// <summary>
/// The line format of <c>data/tagging/en-tag-lexicon.tsv</c>: <c>word TAB tag [SPACE tag ...]</c>, likeliest tag
/// first, "A|B" for a tag the source left undecided (both are given); blank lines and lines starting with # are skipped.
/// </summary>
public static class TagLexiconLines
{
    public static IEnumerable<(string Word, string[] Tags)> Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"Tag-lexicon line needs word TAB tags: '{line}'");
            }

            yield return (line[..tab], line[(tab + 1)..].Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
