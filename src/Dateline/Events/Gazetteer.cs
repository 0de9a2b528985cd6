using System.Globalization;

namespace Dateline.Events;

/// <summary>A place: the most populous city of that name, or a country.</summary>
public sealed record Place(string Name, string CountryIso2, string? CountryIso3, string? CountryFips, double? Latitude, double? Longitude, long Population);

/// <summary>Place names (GeoNames cities15000 and countries, <c>data/events/places.txt</c>), looked up case-insensitively.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> places;
    private readonly Dictionary<string, (string Iso3, string Fips, string Name)> countries;

    private Gazetteer(Dictionary<string, Place> places, Dictionary<string, (string, string, string)> countries)
    {
        this.places = places;
        this.countries = countries;
        MaxWords = places.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The longest place name in words.</summary>
    public int MaxWords { get; }

    public static Gazetteer Read(TextReader reader)
    {
        var places = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        var countryLines = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f[0] == "C")
            {
                countries[f[1]] = (f[2], f[3], f[4]);
                countryLines.Add(f);
            }
            else if (f[0] == "P")
            {
                long population = long.Parse(f[5], CultureInfo.InvariantCulture);
                if (!places.TryGetValue(f[1], out var existing) || existing.Population < population)
                {
                    var country = countries.GetValueOrDefault(f[2]);
                    places[f[1]] = new Place(f[1], f[2], country.Item1, country.Item2, double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), population);
                }
            }
        }

        foreach (var f in countryLines)
        {
            places.TryAdd(f[4], new Place(f[4], f[1], f[2], f[3], null, null, 0));
        }

        return new Gazetteer(places, countries);
    }

    public Place? Find(string name) => places.GetValueOrDefault(name);

    public string? Iso3Of(string iso2) => countries.TryGetValue(iso2, out var c) ? c.Iso3 : null;

    /// <summary>The FIPS 10-4 code GDELT uses for the country with ISO alpha-3 code <paramref name="iso3"/>.</summary>
    public string? FipsOfIso3(string iso3) => countries.Values.FirstOrDefault(c => c.Iso3 == iso3).Fips is { Length: > 0 } fips ? fips : null;

    public bool IsCountryIso3(string code) => countries.Values.Any(c => c.Iso3 == code);
}
