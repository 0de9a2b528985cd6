using Dateline.Entities;
using Dateline.Pipeline;
using Dateline.Reading;

namespace Dateline.Tests.Entities;

/// <summary>The entity bar on the real machine-translated article (read from ../shared, never copied here).</summary>
public sealed class BlinkenEntityTests
{
    private static readonly Lazy<List<(string Text, string Type)>> Entities = new(() =>
    {
        var text = File.ReadAllText(SharedCorpora.PathOf("examples/blinken.txt"));
        var pipeline = AnalysisPipeline.Build([new Dateline.Cleaning.Cleaner(), new Dateline.Text.TokenizerComponent(), new EntityRecognizer()]);
        var document = pipeline.Run(ArticleReader.FromPlainText("blinken.txt", text, null));
        return document.Get<EntityLayer>().Entities.Select(e => (document.Text(e.Span), e.Type)).ToList();
    });

    [NeedsSharedFact]
    public void NamesThePeople()
    {
        foreach (var name in new[] { "Antony Blinken", "Benjamin Netanyahu", "Benny Gantz", "Yair Lapid", "Mark Schiefelbein", "Ibrahim Abu Mustafa", "Mahmoud Essa" })
        {
            Assert.Contains((name, "PERSON"), Entities.Value);
        }
    }

    [NeedsSharedFact]
    public void BareSurnamesArePersonEveryTime()
    {
        foreach (var surname in new[] { "Blinken", "Netanyahu" })
        {
            var types = Entities.Value.Where(e => e.Text == surname).Select(e => e.Type).ToList();
            Assert.NotEmpty(types);
            Assert.All(types, type => Assert.Equal("PERSON", type));
        }
    }

    [NeedsSharedFact]
    public void TypesOrganisationsPlacesAndNationalities()
    {
        var expected = new (string, string)[]
        {
            ("Hamas", "ORG"), ("UNRWA", "ORG"), ("Reuters", "ORG"), ("AP", "ORG"),
            ("United States", "GPE"), ("Israel", "GPE"), ("Gaza", "GPE"), ("Rafah", "GPE"), ("Egypt", "GPE"), ("Qatar", "GPE"),
            ("Saudi Arabia", "GPE"), ("Tel Aviv", "GPE"), ("Washington", "GPE"), ("Middle East", "LOC"),
            ("Israeli", "NORP"), ("Israelis", "NORP"), ("Palestinian", "NORP"), ("Palestinians", "NORP"),
        };
        foreach (var entity in expected)
        {
            Assert.Contains(entity, Entities.Value);
        }
    }
}
