using Dateline.Cleaning;
using Dateline.Entities;
using Dateline.Reading;

namespace Dateline.Tests.Entities;

public sealed class CreditEntitiesTests
{
    private static List<(string Text, string Type, string Source)> Credits(string raw)
    {
        var document = new Cleaner().Process(ArticleReader.FromPlainText("t", raw, null));
        return CreditEntities.Of(document, document.Get<CleaningLayer>())
            .Select(e => (raw[e.Span.Start..e.Span.End], e.Type, e.Source))
            .ToList();
    }

    [Fact]
    public void AgencyOfASourceLineIsAnOrganisation()
    {
        Assert.Equal([("AP", "ORG", CreditEntities.Source)], Credits("The talks ended.\n\n(With information from AP)"));
    }

    [Fact]
    public void BylineWithoutAnAgencyNamesAReporter()
    {
        Assert.Equal(
            [("Tom Hale", "PERSON", CreditEntities.ReporterSource)],
            Credits("The talks ended.\n\nReporting by Tom Hale; Editing by Ruth Lang"));
    }

    [Fact]
    public void ContributorLineNamesEachReporter()
    {
        Assert.Equal(
            [("Bryant Rousseau", "PERSON", CreditEntities.ReporterSource), ("Caryn Wilson", "PERSON", CreditEntities.ReporterSource)],
            Credits("The talks ended.\n\nBryant Rousseau and Caryn Wilson contributed reporting."));
    }
}
