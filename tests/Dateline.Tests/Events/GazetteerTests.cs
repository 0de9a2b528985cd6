using Dateline.Events;
using Xunit;

namespace Dateline.Tests.Events;

public sealed class GazetteerTests
{
    private const string Places = """
        # comment
        C	GN	GND	GO	Gondor
        C	RH	RHN		Rohan
        P	Minas Tirith	GN	10.5	20.25	50000
        P	Edoras	RH	1.0	2.0	20000
        P	edoras	GN	3.0	4.0	90000
        P	Edoras	RH	5.0	6.0	15000
        P	Hobbiton	SH	7.0	8.0	16000
        """;

    [Fact]
    public void TheMostPopulousPlaceOfANameWinsWhateverItsCase()
    {
        var places = Gazetteer.Read(new StringReader(Places));

        Assert.Equal(new Place("edoras", "GN", "GND", "GO", 3.0, 4.0, 90000), places.Find("EDORAS"));
        Assert.Equal(new Place("Minas Tirith", "GN", "GND", "GO", 10.5, 20.25, 50000), places.Find("minas tirith"));
        Assert.Equal(2, places.MaxWords);
        Assert.Null(places.Find("Mordor"));
    }

    [Fact]
    public void CountriesArePlacesAndCodesConvert()
    {
        var places = Gazetteer.Read(new StringReader(Places));

        Assert.Equal(new Place("Rohan", "RH", "RHN", "", null, null, 0), places.Find("rohan"));
        Assert.Equal(new Place("Hobbiton", "SH", null, null, 7.0, 8.0, 16000), places.Find("Hobbiton"));
        Assert.Equal("GO", places.FipsOfIso3("GND"));
        Assert.Null(places.FipsOfIso3("RHN"));
        Assert.True(places.IsCountryIso3("RHN"));
        Assert.False(places.IsCountryIso3("XXX"));
    }
}
