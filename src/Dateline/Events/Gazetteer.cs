using System.Globalization;
using System.Runtime.CompilerServices;

namespace Dateline.Events;

/// <summary>A place: the most populous city of that name, or a country.</summary>
public sealed record Place(string Name, string CountryIso2, string? CountryIso3, string? CountryFips, double? Latitude, double? Longitude, long Population);

/// <summary>
/// Place names (GeoNames cities15000 and countries, <c>data/events/places.txt</c>), looked up case-insensitively.
/// Kept as columns (name, country, coordinates, population) with a name → row table; a <see cref="Place"/> is made
/// only for a name that is looked up, so the ~40,000 rows cost no object each.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, int> rows;
    private readonly string[] names;
    private readonly short[] countryOf;
    private readonly double[] latitudes;
    private readonly double[] longitudes;
    private readonly long[] populations;
    private readonly (string Iso2, string? Iso3, string? Fips, string? Name)[] countries;

    private Gazetteer(Dictionary<string, int> rows, Columns columns, List<(string Iso2, string? Iso3, string? Fips, string? Name)> countries)
    {
        this.rows = rows;
        names = [.. columns.Names];
        countryOf = [.. columns.Countries];
        latitudes = [.. columns.Latitudes];
        longitudes = [.. columns.Longitudes];
        populations = [.. columns.Populations];
        this.countries = [.. countries];
        MaxWords = rows.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The longest place name in words.</summary>
    public int MaxWords { get; }

    // ~40,000 lines, once per process: optimise at once instead of after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Read(TextReader reader)
    {
        var rows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        var countries = new List<(string Iso2, string? Iso3, string? Fips, string? Name)>();
        var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryLookup = countryIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var columns = new Columns();
        Span<Range> ranges = stackalloc Range[7];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var text = line.AsSpan();
            var f = ranges[..text.Split(ranges, '\t')];
            if (text[f[0]] is "C")
            {
                // A repeated ISO code replaces the earlier country, as the keyed table did.
                (string, string?, string?, string?) country = (text[f[1]].ToString(), text[f[2]].ToString(), text[f[3]].ToString(), text[f[4]].ToString());
                if (countryLookup.TryGetValue(text[f[1]], out int known) && countries[known].Name is not null)
                {
                    countries[known] = country;
                }
                else
                {
                    countryIndex[country.Item1] = countries.Count;
                    countries.Add(country);
                }
            }
            else if (text[f[0]] is "P")
            {
                long population = long.Parse(text[f[5]], CultureInfo.InvariantCulture);
                var name = text[f[1]];
                bool exists = lookup.TryGetValue(name, out int row);
                if (!exists || columns.Populations[row] < population)
                {
                    if (!countryLookup.TryGetValue(text[f[2]], out int country))
                    {
                        // A country with no C line: the place keeps its ISO2 code, with no ISO3 or FIPS.
                        country = countries.Count;
                        countries.Add((text[f[2]].ToString(), null, null, null));
                        countryIndex.Add(countries[^1].Iso2, country);
                    }

                    string nameText = exists && name.SequenceEqual(columns.Names[row]) ? columns.Names[row] : name.ToString();
                    var (latitude, longitude) = (double.Parse(text[f[3]], CultureInfo.InvariantCulture), double.Parse(text[f[4]], CultureInfo.InvariantCulture));
                    if (exists)
                    {
                        columns.Set(row, nameText, (short)country, latitude, longitude, population);
                    }
                    else
                    {
                        rows.Add(nameText, columns.Add(nameText, (short)country, latitude, longitude, population));
                    }
                }
            }
        }

        for (int c = 0; c < countries.Count; c++)
        {
            if (countries[c].Name is { } countryName && !rows.ContainsKey(countryName))
            {
                rows.Add(countryName, columns.Add(countryName, (short)c, double.NaN, double.NaN, 0));
            }
        }

        rows.TrimExcess();
        return new Gazetteer(rows, columns, countries);
    }

    public Place? Find(string name)
    {
        if (!rows.TryGetValue(name, out int row))
        {
            return null;
        }

        var country = countries[countryOf[row]];
        double latitude = latitudes[row], longitude = longitudes[row];
        return new Place(names[row], country.Iso2, country.Iso3, country.Fips, double.IsNaN(latitude) ? null : latitude, double.IsNaN(longitude) ? null : longitude, populations[row]);
    }

    /// <summary>The FIPS 10-4 code GDELT uses for the country with ISO alpha-3 code <paramref name="iso3"/>.</summary>
    public string? FipsOfIso3(string iso3) => countries.FirstOrDefault(c => c.Name is not null && c.Iso3 == iso3).Fips is { Length: > 0 } fips ? fips : null;

    public bool IsCountryIso3(string code) => countries.Any(c => c.Name is not null && c.Iso3 == code);

    private sealed class Columns
    {
        public List<string> Names { get; } = [];

        public List<short> Countries { get; } = [];

        public List<double> Latitudes { get; } = [];

        public List<double> Longitudes { get; } = [];

        public List<long> Populations { get; } = [];

        public int Add(string name, short country, double latitude, double longitude, long population)
        {
            Names.Add(name);
            Countries.Add(country);
            Latitudes.Add(latitude);
            Longitudes.Add(longitude);
            Populations.Add(population);
            return Names.Count - 1;
        }

        public void Set(int row, string name, short country, double latitude, double longitude, long population)
        {
            Names[row] = name;
            Countries[row] = country;
            Latitudes[row] = latitude;
            Longitudes[row] = longitude;
            Populations[row] = population;
        }
    }
}
