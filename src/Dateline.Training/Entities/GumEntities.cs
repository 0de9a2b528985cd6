using Dateline.Cleaning;
using Dateline.Entities.Gazetteers;
using Dateline.Training.Corpora;

namespace Dateline.Training.Entities;

/// <summary>What becomes of GUM's named mentions whose type is not person, organization or place.</summary>
public enum GumOtherNames
{
    /// <summary>Left untagged (O).</summary>
    Outside,

    /// <summary>Left untagged, but a demonym outside any name ("American", "Americans") is MISC, as CoNLL tags nationalities.</summary>
    Demonyms,

    /// <summary>
    /// As <see cref="Demonyms"/>, but the other names with a Wikification identity are tagged
    /// <see cref="GumEntities.UnknownType"/>: training learns nothing at their tokens (CoNLL would call many MISC,
    /// UNER leaves them out).
    /// </summary>
    Unknown,

    /// <summary>
    /// Tagged MISC as CoNLL-2003 does (named events, works, products, languages), and a demonym adjective outside
    /// any name ("American", "Israeli"; the gazetteer's demonym list) too, as CoNLL tags nationalities.
    /// </summary>
    Misc,
}

/// <summary>
/// Flat named-entity labels (IOB2 PER/ORG/LOC, optionally MISC) from the <c>Entity=</c> coreference brackets of
/// GUM CoNLL-U files, so that GUM can be NER training data next to CoNLL-2003 and UNER.
/// </summary>
/// <remarks>
/// GUM marks every mention, named or not (<c>(3-person-giv:act-…-Wikification_id</c> opens entity 3 on a token,
/// <c>3)</c> closes it; brackets nest). A mention is a name when its head (the token whose dependency head lies
/// outside the mention) is a proper noun (UPOS PROPN or XPOS NNP/NNPS: "United" in "United Kingdom" is VERB/NNP).
/// Its label covers only the run of proper-noun tokens around that head, as UNER and CoNLL tag names without
/// determiners, titles, possessive markers or appositions: "the University of Texas 's" → "University of Texas";
/// "Judiciary Chair Jerry Nadler" → "Jerry Nadler" (leading titles are dropped from person names). Inside the run,
/// "of", "de", "&amp;", "and", "the", "for", hyphens and dots join proper nouns of places, organisations and other
/// names, never of persons ("Raymond Chan of People Power" is a person and an organisation). On overlap the outer
/// mention wins ("University of Portsmouth" over "Portsmouth"); a nested name outside the outer run is kept ("HBO" in
/// "HBO 's Game of Thrones"). Time mentions (months, weekdays) stay O, as in both target corpora. Names of other
/// types (events, works, products, languages) count only with a Wikification identity, which keeps headings and
/// labels such as "Figure" or "Title" out; a lone demonym named as a group of persons ("Americans") is MISC, not PER.
/// Bare titles ("Mr. President") and e-mail addresses (tagged PROPN) are no names.
/// </remarks>
public static class GumEntities
{
    public const int XposColumn = 4;
    public const int HeadColumn = 6;
    public const int MiscColumn = 9;

    /// <summary>The entity type of names whose label training should not learn (mode <see cref="GumOtherNames.Unknown"/>).</summary>
    public const string UnknownType = "UNKNOWN";

    /// <summary>GUM's genres, as in its document ids (<c>GUM_news_…</c>).</summary>
    public static readonly string[] AllGenres =
        ["academic", "bio", "conversation", "court", "essay", "fiction", "interview", "letter", "news", "podcast", "speech", "textbook", "vlog", "voyage", "whow"];

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "of", "de", "&", "and", "the", "for", "-", "." };

    /// <summary>Words before a person's name that CoNLL and UNER leave outside it (<c>data/training/person-titles.txt</c>).</summary>
    private static readonly Lazy<HashSet<string>> Titles = new(LoadTitles);

    /// <summary>
    /// Reads a GUM CoNLL-U file as NER documents (one per <c># newdoc</c>), keeping only documents of
    /// <paramref name="genres"/> (all when null).
    /// </summary>
    public static List<NerDocument> Read(string path, GumOtherNames others, IReadOnlyCollection<string>? genres = null, Gazetteer? gazetteer = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, others, genres, gazetteer ?? Gazetteer.Default);
    }

    public static List<NerDocument> Read(TextReader reader, GumOtherNames others, IReadOnlyCollection<string>? genres, Gazetteer gazetteer)
    {
        var documents = new List<NerDocument>();
        NerDocument? current = null;
        bool keep = false;
        foreach (var block in Conllu.ReadBlocks(reader))
        {
            if (block.Lines.FirstOrDefault(l => l.StartsWith("# newdoc id", StringComparison.Ordinal)) is { } newdoc)
            {
                string id = newdoc[(newdoc.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                keep = genres is null || genres.Contains(GenreOf(id));
                current = new NerDocument([], [newdoc]);
                if (keep)
                {
                    documents.Add(current);
                }
            }

            if (!keep || current is null)
            {
                continue;
            }

            var rows = block.WordLines.Select(i => block.Lines[i].Split('\t')).ToArray();
            var words = rows.Select(r => r[ConlluBlock.FormColumn]).ToArray();
            var tags = Label(rows, others, gazetteer);
            var lines = words.Select((w, i) => $"{i + 1}\t{w}\t{tags[i]}").ToArray();
            current.Sentences.Add(new NerSentence(words, tags, lines));
        }

        return documents;
    }

    /// <summary>The genre of a GUM document id: <c>GUM_news_iodine</c> → <c>news</c>.</summary>
    public static string GenreOf(string documentId)
    {
        var parts = documentId.Split('_');
        return parts.Length > 1 ? parts[1] : "";
    }

    /// <summary>IOB2 tags for one sentence's word rows (CoNLL-U columns).</summary>
    public static string[] Label(IReadOnlyList<string[]> rows, GumOtherNames others, Gazetteer gazetteer)
    {
        int count = rows.Count;
        var tags = Enumerable.Repeat("O", count).ToArray();
        var taken = new bool[count];
        var candidates = Mentions(rows)
            .Select(m => (Mention: m, Name: NameSpan(rows, m, others, gazetteer)))
            .Where(c => c.Name is not null)
            .OrderByDescending(c => c.Mention.End - c.Mention.First)
            .ThenBy(c => c.Mention.First);
        foreach (var (_, name) in candidates)
        {
            var (first, end, type) = name!.Value;
            if (Enumerable.Range(first, end - first).Any(i => taken[i]))
            {
                continue;
            }

            for (int i = first; i < end; i++)
            {
                taken[i] = true;
                tags[i] = (i == first ? "B-" : "I-") + type;
            }
        }

        if (others != GumOtherNames.Outside)
        {
            for (int i = 0; i < count; i++)
            {
                if (!taken[i] && rows[i][ConlluBlock.UposColumn] is "ADJ" or "PROPN" && IsDemonym(gazetteer, rows, i))
                {
                    tags[i] = "B-MISC";
                }
            }
        }

        return tags;
    }

    /// <summary>
    /// Every mention of the sentence: first token, end (exclusive), entity type, and whether it carries a
    /// Wikification identity (the eighth field of <c>GRP-etype-infstat-salience-centering-minspan-link-identity</c>).
    /// </summary>
    public static List<(int First, int End, string Type, bool Identified)> Mentions(IReadOnlyList<string[]> rows)
    {
        var result = new List<(int, int, string, bool)>();
        var open = new Dictionary<string, Stack<(int First, string Type, bool Identified)>>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            var entity = rows[i].Length > MiscColumn
                ? rows[i][MiscColumn].Split('|').FirstOrDefault(p => p.StartsWith("Entity=", StringComparison.Ordinal))
                : null;
            if (entity is null)
            {
                continue;
            }

            var text = entity.AsSpan("Entity=".Length);
            int position = 0;
            while (position < text.Length)
            {
                if (text[position] == '(')
                {
                    int end = position + 1;
                    while (end < text.Length && text[end] is not '(' and not ')')
                    {
                        end++;
                    }

                    var fields = text[(position + 1)..end].ToString().Split('-');
                    string type = fields.Length > 1 ? fields[1] : "";
                    bool identified = fields.Length > 7;
                    if (end < text.Length && text[end] == ')')
                    {
                        result.Add((i, i + 1, type, identified));
                        position = end + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(fields[0], out var stack))
                        {
                            open[fields[0]] = stack = new Stack<(int, string, bool)>();
                        }

                        stack.Push((i, type, identified));
                        position = end;
                    }
                }
                else
                {
                    int end = position;
                    while (end < text.Length && char.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }

                    string id = text[position..end].ToString();
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (first, type, identified) = stack.Pop();
                        result.Add((first, i + 1, type, identified));
                    }

                    position = end + 1;
                }
            }
        }

        return result;
    }

    /// <summary>The labelled name inside a mention, or null when the mention is no name (or a time).</summary>
    private static (int First, int End, string Type)? NameSpan(IReadOnlyList<string[]> rows, (int First, int End, string Type, bool Identified) mention, GumOtherNames others, Gazetteer gazetteer)
    {
        string? type = mention.Type switch
        {
            "person" => "PER",
            "organization" => "ORG",
            "place" => "LOC",
            "time" => null,
            _ when !mention.Identified => null,
            _ => others switch
            {
                GumOtherNames.Misc => "MISC",
                GumOtherNames.Unknown => UnknownType,
                _ => null,
            },
        };
        if (type is null)
        {
            return null;
        }

        int head = Head(rows, mention.First, mention.End);
        if (!IsProperNoun(rows[head]))
        {
            return null;
        }

        bool person = type == "PER";
        int first = head;
        while (first > mention.First && Extends(rows, first - 1, mention.First - 1, -1, person))
        {
            first--;
        }

        int last = head;
        while (last + 1 < mention.End && Extends(rows, last + 1, mention.End, +1, person))
        {
            last++;
        }

        while (person && first <= last && Titles.Value.Contains(rows[first][ConlluBlock.FormColumn]))
        {
            first++;
        }

        if (first > last || rows[head][ConlluBlock.FormColumn].Contains('@', StringComparison.Ordinal))
        {
            return null; // a bare title ("Mr. President", "Madam Secretary") or an e-mail address
        }

        if (first == last && IsDemonym(gazetteer, rows, first))
        {
            // "Americans" as a group of persons: a nationality, which CoNLL tags MISC and UNER leaves out.
            return others == GumOtherNames.Outside ? null : (first, last + 1, "MISC");
        }

        return (first, last + 1, type);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> continues the name run: a proper noun, or a joiner ("of the") with a proper
    /// noun beyond it before <paramref name="stop"/>.
    /// </summary>
    private static bool Extends(IReadOnlyList<string[]> rows, int i, int stop, int step, bool person)
    {
        for (int j = i; j != stop; j += step)
        {
            if (IsProperNoun(rows[j]))
            {
                return true;
            }

            string form = rows[j][ConlluBlock.FormColumn];
            bool joiner = person ? form is "-" or "." : Joiners.Contains(form);
            if (!joiner)
            {
                return false;
            }
        }

        return false;
    }

    private static HashSet<string> LoadTitles() =>
        LexiconFile.Lines(typeof(GumEntities).Assembly, "Dateline.Training.data.training.person-titles.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsDemonym(Gazetteer gazetteer, IReadOnlyList<string[]> rows, int i) =>
        (gazetteer.CategoriesOf([rows[i][ConlluBlock.FormColumn]], 0, 1) & (1 << (int)GazetteerCategory.Demonym)) != 0;

    private static bool IsProperNoun(string[] row) =>
        row[ConlluBlock.UposColumn] == "PROPN" || row[XposColumn] is "NNP" or "NNPS";

    /// <summary>The mention's head: its first token whose dependency head lies outside it.</summary>
    private static int Head(IReadOnlyList<string[]> rows, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (!int.TryParse(rows[i][HeadColumn], out int head) || head - 1 < first || head - 1 >= end)
            {
                return i;
            }
        }

        return first;
    }
}
