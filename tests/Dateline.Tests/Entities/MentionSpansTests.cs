using Dateline.Entities;
using Dateline.Entities.Gazetteers;

namespace Dateline.Tests.Entities;

public sealed class MentionSpansTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.Group, new StringReader("Democrat\n")),
        (GazetteerCategory.State, new StringReader("Vermont\nVirginia\nN.C.\n")),
    ]);

    /// <summary>
    /// Hand tokens: runs of letters, digits, periods and apostrophes are words, any other character but a space is a
    /// token of its own; a lone "." ends a sentence.
    /// </summary>
    private sealed class Text
    {
        public Text(string text)
        {
            for (int i = 0; i < text.Length;)
            {
                if (text[i] == ' ')
                {
                    i++;
                    continue;
                }

                int start = i;
                if (IsWordChar(text[i]))
                {
                    while (i < text.Length && IsWordChar(text[i]))
                    {
                        i++;
                    }
                }
                else
                {
                    i++;
                }

                Words.Add(text[start..i]);
                Starts.Add(start);
                Ends.Add(i);
            }

            int first = 0;
            for (int w = 0; w < Words.Count; w++)
            {
                if (Words[w] == "." || w == Words.Count - 1)
                {
                    Sentences.Add((first, w + 1));
                    first = w + 1;
                }
            }
        }

        public List<string> Words { get; } = [];

        public List<int> Starts { get; } = [];

        public List<int> Ends { get; } = [];

        public List<(int First, int End)> Sentences { get; } = [];

        public int IndexOf(string word) => Words.IndexOf(word);

        public Mention Tagged(string name, string type)
        {
            var parts = new Text(name).Words;
            for (int i = 0; i + parts.Count <= Words.Count; i++)
            {
                if (Words.Skip(i).Take(parts.Count).SequenceEqual(parts))
                {
                    return new Mention(i, i + parts.Count, type, EntityRecognizer.ModelSource);
                }
            }

            throw new ArgumentException(name);
        }

        public List<(string Text, string Type, string Source)> Apply(params Mention[] mentions) =>
            MentionSpans.Apply(Words, Starts, Ends, Sentences, mentions, Lists)
                .Select(m => (string.Join(' ', Words.Skip(m.First).Take(m.End - m.First)), m.Type, m.Source))
                .ToList();

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '\'';
    }

    private static string Rule(string rule) => $"{EntityRecognizer.ModelSource}/{rule}";

    [Fact]
    public void TrailingLowerCaseWordsAndDashesAreCut()
    {
        var text = new Text("In July Gingrich cynically dismissed it , and the Vikings - while chanting");

        var result = text.Apply(text.Tagged("Gingrich cynically", "ORG"), text.Tagged("Vikings -", "ORG"));

        Assert.Equal([("Gingrich", "ORG", Rule(MentionSpans.TrailingRule)), ("Vikings", "ORG", Rule(MentionSpans.TrailingRule))], result);
    }

    [Fact]
    public void HyphenedNamePartsAndParticlesStay()
    {
        var text = new Text("Secretary General Ban Ki-moon met Bill de Blasio");

        var result = text.Apply(text.Tagged("Ban Ki - moon", "PERSON"), text.Tagged("Bill de Blasio", "PERSON"));

        Assert.All(result, m => Assert.Equal(EntityRecognizer.ModelSource, m.Source));
    }

    [Fact]
    public void LoneHonorificJoinsTheNameAfterIt()
    {
        var text = new Text("So far Mr. Trump has not , said Mr. Goldberg");

        var result = text.Apply(text.Tagged("Mr.", "PERSON"), text.Tagged("Trump", "PERSON"), text.Tagged("said Mr.", "MISC") with { First = text.Words.LastIndexOf("Mr."), End = text.Words.LastIndexOf("Mr.") + 1 });

        Assert.Equal([("Mr. Trump", "PERSON", Rule(EntityTyping.HonorificRule)), ("Mr. Goldberg", "PERSON", Rule(EntityTyping.HonorificRule))], result);
    }

    [Fact]
    public void MentionsJoinedByAHyphenAreOne()
    {
        var text = new Text("many African-Americans and an African - American voter");

        var result = text.Apply(
            new Mention(1, 2, "NORP", EntityRecognizer.ModelSource),
            new Mention(3, 4, "NORP", EntityRecognizer.ModelSource),
            new Mention(6, 7, "NORP", EntityRecognizer.ModelSource),
            new Mention(8, 9, "NORP", EntityRecognizer.ModelSource));

        Assert.Equal([("African - Americans", "NORP", Rule(MentionSpans.HyphenRule)), ("African", "NORP", EntityRecognizer.ModelSource), ("American", "NORP", EntityRecognizer.ModelSource)], result);
    }

    [Fact]
    public void OfficeBetweenABodyAndAPersonSplitsTheMention()
    {
        var text = new Text("said European Council President Donald Tusk on Friday");

        var result = text.Apply(text.Tagged("European Council President Donald Tusk", "ORG"));

        Assert.Equal([("European Council", "ORG", Rule(MentionSpans.OfficeRule)), ("Donald Tusk", "PERSON", Rule(MentionSpans.OfficeRule))], result);
    }

    [Fact]
    public void LoneGivenNameAfterAnOfficeTakesTheSurnameAfterTheMention()
    {
        var text = new Text("Senate Majority Leader Mitch McConnell said");

        var result = text.Apply(text.Tagged("Senate Majority Leader Mitch", "ORG"));

        Assert.Equal([("Senate", "ORG", Rule(MentionSpans.OfficeRule)), ("Mitch McConnell", "PERSON", Rule(MentionSpans.OfficeRule))], result);
    }

    [Fact]
    public void OfficeEndingAMentionBeforeAPersonIsCutOff()
    {
        var text = new Text("Charlotte Mayor Jennifer Roberts said");

        var result = text.Apply(text.Tagged("Charlotte Mayor", "ORG"), text.Tagged("Jennifer Roberts", "PERSON"));

        Assert.Equal(("Charlotte", Rule(MentionSpans.OfficeRule)), (result[0].Text, result[0].Source));
        Assert.Equal(("Jennifer Roberts", "PERSON"), (result[1].Text, result[1].Type));
    }

    [Fact]
    public void OrganisationNamesWithoutAPersonAreLeftAlone()
    {
        var text = new Text("the Vice President Office of Policy said");

        var result = text.Apply(text.Tagged("Vice President Office", "ORG"));

        Assert.Equal([("Vice President Office", "ORG", EntityRecognizer.ModelSource)], result);
    }

    [Fact]
    public void PartyOfAStateIsNorpAndGpe()
    {
        var text = new Text("Patrick Leahy , Democrat of Vermont , said");

        var result = text.Apply(text.Tagged("Democrat of Vermont", "ORG"));

        Assert.Equal([("Democrat", "NORP", Rule(MentionSpans.GroupOfPlaceRule)), ("Vermont", "GPE", Rule(MentionSpans.GroupOfPlaceRule))], result);
    }

    [Fact]
    public void PersonBeforeAnOrganisationHeadIsThatOrganisation()
    {
        var text = new Text("donated to the Clinton Foundation .");

        var result = text.Apply(text.Tagged("Clinton", "PERSON"));

        Assert.Equal([("Clinton Foundation", "ORG", Rule(EntityTyping.OrganisationHeadRule))], result);
    }

    [Fact]
    public void LocationBeforeACommaAndAStateIsATown()
    {
        var text = new Text("a rally in Kenansville , N.C. on Friday");

        var result = text.Apply(text.Tagged("Kenansville", "LOC"), text.Tagged("N.C.", "GPE"));

        Assert.Equal(("GPE", Rule(MentionSpans.PlaceInStateRule)), (result[0].Type, result[0].Source));
    }

    [Fact]
    public void HeadlineMentionKeepsOnlyWhatTheBodyNames()
    {
        var text = new Text("Stealth Over Health : Clinton Was Headed to ER But Diverted . Hillary Clinton was headed to a hospital , Clinton said .");
        int body = text.IndexOf("Hillary");

        var result = text.Apply(
            text.Tagged("Stealth", "PERSON"),
            text.Tagged("Health : Clinton", "ORG"),
            new Mention(body, body + 2, "PERSON", EntityRecognizer.ModelSource),
            new Mention(text.Words.LastIndexOf("Clinton"), text.Words.LastIndexOf("Clinton") + 1, "PERSON", EntityRecognizer.ModelSource));

        Assert.Equal(("Clinton", "PERSON", Rule(MentionSpans.HeadlineRule)), result[0]);
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public void RunningTextWithACapitalisedFunctionWordIsNoHeadline()
    {
        var text = new Text("'' Their plan is clear , '' Michael McFaul said .");

        var result = text.Apply(text.Tagged("Michael McFaul", "PERSON"));

        Assert.Single(result);
    }

    [Fact]
    public void NameEndingInAnInitialAfterAnOfficeTakesTheSurname()
    {
        var text = new Text("House Speaker Paul D. Ryan said");

        Assert.Equal(
            [("House", "ORG", Rule(MentionSpans.OfficeRule)), ("Paul D. Ryan", "PERSON", Rule(MentionSpans.OfficeRule))],
            text.Apply(text.Tagged("House Speaker Paul D.", "ORG")));
        Assert.Equal(
            [("House", "ORG", Rule(MentionSpans.OfficeRule)), ("Paul D. Ryan", "PERSON", Rule(MentionSpans.OfficeRule))],
            text.Apply(text.Tagged("House Speaker Paul", "ORG")));
        Assert.Equal(
            [("House", "ORG", Rule(MentionSpans.OfficeRule)), ("Paul D. Ryan", "PERSON", Rule(MentionSpans.OfficeRule))],
            text.Apply(text.Tagged("House Speaker Paul", "ORG"), text.Tagged("Ryan", "PERSON")));
    }
}
