using Dateline.Documents;
using Dateline.Entities;
using Dateline.Text;

namespace Dateline.Training.Quotes;

/// <summary>
/// Stand-ins for the tokenizer, sentence splitter and NER, used to evaluate actors and quotes while (or where)
/// those components are absent: paragraphs are non-blank lines, tokens are letter/digit runs and single
/// punctuation marks, sentences end at . ! ? before a capital, and runs of capitalised words are entities
/// (GPE when the countries lexicon knows them, ORG when they end in an organisation word, else PERSON).
/// Layers already on the document are kept.
/// </summary>
public static class ProvisionalLayers
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "St", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs", "Inc", "Corp", "Co", "Ltd", "Prof", "Rev", "Capt", "Adm", "Maj", "Cmdr",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "But", "And", "Or", "In", "On", "At", "Of", "For", "To", "From", "With", "By", "As", "If", "When", "While", "After", "Before", "Since", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Its", "There", "Here", "What", "Who", "Why", "How", "Where", "However", "Although", "Still", "Yet", "So", "Then", "Now", "Meanwhile", "Also", "Some", "Many", "Most", "All", "Both", "Neither", "Each", "Every", "No", "Not", "Yes", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Sept", "Oct", "Nov", "Dec", "Jan", "Feb", "Aug", "Mr", "Mrs", "Ms", "Dr", "Read", "Clearly", "Adding", "Concluding", "Relations", "Officials", "Former", "Secretary", "State", "President", "Prime", "Minister", "Said",
    };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Party", "Post", "Times", "News", "Agency", "Council", "Committee", "University", "Department", "Ministry", "Service", "Office", "Journal", "Press", "Association", "Institute", "Center", "Centre", "Foundation", "Campaign", "Corporation", "Company", "Bank", "Court", "Senate", "House", "Congress", "Network", "Group", "Union", "Organization", "Commission", "Board", "Club", "Poll", "Network", "Tribune", "Herald", "Reuters", "CNN", "NBC", "ABC", "CBS", "Fox", "AP", "FBI", "CIA", "UN", "NATO", "Hamas", "UNRWA",
    };

    public static Document Add(Document document)
    {
        if (!document.Has<TokenLayer>())
        {
            document = document.With(Tokenize(document));
        }

        var tokens = document.Get<TokenLayer>();
        if (!document.Has<SentenceLayer>())
        {
            document = document.With(Split(document, tokens));
        }

        if (!document.Has<EntityLayer>())
        {
            document = document.With(FindNames(document, tokens, document.Get<SentenceLayer>()));
        }

        return document;
    }

    private static TokenLayer Tokenize(Document document)
    {
        string raw = document.Raw;
        var starts = new List<int>();
        var ends = new List<int>();
        var flags = new List<TokenTraits>();
        bool space = true, paragraph = true;
        int i = document.Body.Start, end = document.Body.End;
        while (i < end)
        {
            char c = raw[i];
            if (char.IsWhiteSpace(c))
            {
                paragraph |= c == '\n';
                space = true;
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(raw[i]) || (IsInnerMark(raw[i]) && i + 1 < end && char.IsLetterOrDigit(raw[i + 1]) && !IsPossessiveAt(raw, i, end))))
                {
                    i++;
                }

                if (i < end && raw[i] == '.' && (Abbreviations.Contains(raw[start..i]) || IsInitials(raw, start, i)))
                {
                    i++;
                }
            }
            else if (IsPossessiveAt(raw, i, end) && starts.Count > 0 && !space)
            {
                i += 2;
            }
            else
            {
                i++;
                if ((c == '\'' || c == '`') && i < end && raw[i] == c)
                {
                    i++;
                }

                while (c == '.' && i < end && raw[i] == '.')
                {
                    i++;
                }
            }

            starts.Add(start);
            ends.Add(i);
            flags.Add((space ? TokenTraits.SpaceBefore : TokenTraits.None) | (paragraph ? TokenTraits.ParagraphStart : TokenTraits.None));
            space = paragraph = false;
        }

        return new TokenLayer([.. starts], [.. ends], new string?[starts.Count], [.. flags]);
    }

    private static bool IsInnerMark(char c) => c is '\'' or '’' or '.' or '-' or '&';

    private static bool IsPossessiveAt(string raw, int i, int end) =>
        (raw[i] == '\'' || raw[i] == '’') && i + 1 < end && (raw[i + 1] == 's' || raw[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(raw[i + 2]));

    private static bool IsInitials(string raw, int start, int end)
    {
        // "U.S" before its final period, or a single initial such as "J".
        if (end - start == 1)
        {
            return char.IsUpper(raw[start]);
        }

        for (int i = start; i < end; i++)
        {
            if (!(char.IsUpper(raw[i]) || raw[i] == '.'))
            {
                return false;
            }
        }

        return raw.AsSpan(start, end - start).Contains('.');
    }

    private static SentenceLayer Split(Document document, TokenLayer tokens)
    {
        var firsts = new List<int>();
        var ends = new List<int>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool last = i + 1 == tokens.Count || (tokens.Flags[i + 1] & TokenTraits.ParagraphStart) != 0;
            if (!last && IsTerminal(document, tokens, i))
            {
                int next = i + 1;
                while (next < tokens.Count && IsCloser(document, tokens, next) && (tokens.Flags[next] & TokenTraits.ParagraphStart) == 0)
                {
                    next++;
                }

                last = next >= tokens.Count || StartsSentence(document, tokens, next);
                if (last)
                {
                    i = next - 1;
                }
            }

            if (last)
            {
                firsts.Add(first);
                ends.Add(i + 1);
                first = i + 1;
            }
        }

        var spans = firsts.Select((f, s) => new TextSpan(tokens.Starts[f], tokens.Ends[ends[s] - 1])).ToArray();
        return new SentenceLayer([.. firsts], [.. ends], spans);
    }

    private static bool IsTerminal(Document document, TokenLayer tokens, int i)
    {
        var text = document.Raw.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]);
        return text is "." or "!" or "?" or "..." or "…";
    }

    private static bool IsCloser(Document document, TokenLayer tokens, int i) =>
        document.Raw[tokens.Starts[i]] is '”' or '"' or '’' or '\'' or ')' or '»';

    private static bool StartsSentence(Document document, TokenLayer tokens, int i)
    {
        if ((tokens.Flags[i] & TokenTraits.ParagraphStart) != 0)
        {
            return true;
        }

        char c = document.Raw[tokens.Starts[i]];
        return char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '(' or '«';
    }

    private static EntityLayer FindNames(Document document, TokenLayer tokens, SentenceLayer sentences)
    {
        var found = new List<Entity>();
        for (int s = 0; s < sentences.Count; s++)
        {
            int i = sentences.FirstTokens[s], end = sentences.EndTokens[s];
            while (i < end)
            {
                if (!IsNameWord(document, tokens, i))
                {
                    i++;
                    continue;
                }

                int first = i;
                while (i < end && (IsNameWord(document, tokens, i) || (IsConnector(document, tokens, i) && i + 1 < end && IsNameWord(document, tokens, i + 1) && i > first)))
                {
                    i++;
                }

                while (first < i && NotNames.Contains(document.Raw[tokens.Starts[first]..tokens.Ends[first]]))
                {
                    first++;
                }

                if (first < i)
                {
                    found.Add(new Entity(new TextSpan(tokens.Starts[first], tokens.Ends[i - 1]), TypeOf(document, tokens, first, i), first, i, "provisional-capitalised"));
                }
            }
        }

        return new EntityLayer(found);
    }

    private static string TypeOf(Document document, TokenLayer tokens, int first, int end)
    {
        string lastWord = document.Raw[tokens.Starts[end - 1]..tokens.Ends[end - 1]];
        if (OrganisationWords.Contains(lastWord) || OrganisationWords.Contains(document.Raw[tokens.Starts[first]..tokens.Ends[first]]))
        {
            return "ORG";
        }

        return Actors.ActorLexicon.Instance.Countries.TryMatch(document, tokens, first, end, out int length, out _) && length == end - first ? "GPE" : "PERSON";
    }

    private static bool IsNameWord(Document document, TokenLayer tokens, int i)
    {
        char c = document.Raw[tokens.Starts[i]];
        return char.IsUpper(c) && (tokens.Ends[i] - tokens.Starts[i] > 1 || (tokens.Ends[i] < document.Raw.Length && document.Raw[tokens.Ends[i] - 1] == '.'));
    }

    private static bool IsConnector(Document document, TokenLayer tokens, int i)
    {
        var text = document.Raw.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]);
        return text is "bin" or "al" or "de" or "van" or "von" or "of";
    }
}
