using Dateline.Entities.Gazetteers;
using Dateline.Training.Entities;

namespace Dateline.Tests.Entities;

public sealed class GumEntitiesTests
{
    /// <summary>A made-up GUM-style document: (word, UPOS, XPOS, head, Entity= value or "").</summary>
    private static string Document(string id, params (string Word, string Upos, string Xpos, int Head, string Entity)[][] sentences)
    {
        var lines = new List<string> { $"# newdoc id = {id}" };
        foreach (var sentence in sentences)
        {
            lines.Add("# text = -");
            for (int i = 0; i < sentence.Length; i++)
            {
                var (word, upos, xpos, head, entity) = sentence[i];
                string misc = entity.Length == 0 ? "_" : "Entity=" + entity;
                lines.Add($"{i + 1}\t{word}\t{word}\t{upos}\t{xpos}\t_\t{head}\tdep\t_\t{misc}");
            }

            lines.Add("");
        }

        return string.Join('\n', lines) + "\n";
    }

    private static readonly string Sample = Document(
        "GUM_news_sample",
        [
            ("Senator", "PROPN", "NNP", 3, "(1-person-new-nnnnn-cf1-2,3-sgl-Jane_Doe"),
            ("Jane", "PROPN", "NNP", 3, ""),
            ("Doe", "PROPN", "NNP", 0, ""),
            ("of", "ADP", "IN", 5, ""),
            ("Acme", "PROPN", "NNP", 3, "(2-organization-new-nnnnn-cf2-1-sgl)1)"),
            ("visited", "VERB", "VBD", 0, ""),
            ("the", "DET", "DT", 8, "(3-organization-new-nnnnn-cf3-1-sgl-University_of_Portsmouth"),
            ("University", "PROPN", "NNP", 6, ""),
            ("of", "ADP", "IN", 10, ""),
            ("Portsmouth", "PROPN", "NNP", 8, "(4-place-new-nnnnn-cf4-1-sgl-Portsmouth)3)"),
        ],
        [
            ("American", "ADJ", "JJ", 2, "(5-person-new-nnnnn-cf1-2-sgl"),
            ("fans", "NOUN", "NNS", 3, "5)"),
            ("watched", "VERB", "VBD", 0, ""),
            ("the", "DET", "DT", 5, "(6-event-new-nnnnn-cf2-2-sgl-World_Cup"),
            ("Cup", "PROPN", "NNP", 3, "6)"),
            ("in", "ADP", "IN", 7, ""),
            ("May", "PROPN", "NNP", 3, "(7-time-new-nnnnn-cf3-1-sgl)"),
            ("with", "ADP", "IN", 9, ""),
            ("Americans", "PROPN", "NNPS", 3, "(8-person-new-nnnnn-cf4-1-sgl)"),
            ("and", "CCONJ", "CC", 11, ""),
            ("Figure", "PROPN", "NNP", 9, "(9-abstract-new-nnnnn-cf5-1-sgl)"),
        ]);

    private static readonly Gazetteer Demonyms = Gazetteer.Load([(GazetteerCategory.Demonym, new StringReader("American\nAmericans\n"))]);

    [Fact]
    public void NamesAreTheProperNounRunAroundTheHeadAndTheOuterMentionWins()
    {
        var document = Assert.Single(GumEntities.Read(new StringReader(Sample), GumOtherNames.Misc, null, Demonyms));

        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"], document.Sentences[0].Tags);
    }

    [Fact]
    public void OtherNamesNeedAnIdentityAndDemonymsAreMiscOrOutside()
    {
        var misc = Assert.Single(GumEntities.Read(new StringReader(Sample), GumOtherNames.Misc, null, Demonyms));
        var outside = Assert.Single(GumEntities.Read(new StringReader(Sample), GumOtherNames.Outside, null, Demonyms));

        Assert.Equal(["B-MISC", "O", "O", "O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O"], misc.Sentences[1].Tags);
        Assert.All(outside.Sentences[1].Tags, tag => Assert.Equal("O", tag));
    }

    [Fact]
    public void DemonymsModeKeepsOnlyNationalitiesAsMisc()
    {
        var document = Assert.Single(GumEntities.Read(new StringReader(Sample), GumOtherNames.Demonyms, null, Demonyms));

        Assert.Equal(["B-MISC", "O", "O", "O", "O", "O", "O", "O", "B-MISC", "O", "O"], document.Sentences[1].Tags);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"], document.Sentences[0].Tags);
    }

    [Fact]
    public void UnknownModeMarksIdentifiedOtherNamesForTrainingToSkip()
    {
        var document = Assert.Single(GumEntities.Read(new StringReader(Sample), GumOtherNames.Unknown, null, Demonyms));

        Assert.Equal(["B-MISC", "O", "O", "O", "B-UNKNOWN", "O", "O", "O", "B-MISC", "O", "O"], document.Sentences[1].Tags);
    }

    [Fact]
    public void GenresFilterDocuments()
    {
        string text = Sample + Document("GUM_fiction_other", [("Hi", "INTJ", "UH", 0, "")]);

        Assert.Equal(2, GumEntities.Read(new StringReader(text), GumOtherNames.Misc, null, Demonyms).Count);
        Assert.Equal(["GUM_fiction_other"], GumEntities.Read(new StringReader(text), GumOtherNames.Misc, ["fiction"], Demonyms)
            .Select(d => d.Preamble[0]["# newdoc id = ".Length..]));
        Assert.Equal("news", GumEntities.GenreOf("GUM_news_sample"));
    }
}
