namespace Dateline.Actors;

/// <summary>A country and the way a phrase names it.</summary>
internal sealed record CountryForm(string Code, string Name, MentionKind Kind);

/// <summary>A role word or phrase: <see cref="Sector"/> is a Phoenix sector code, or MOD for a modifier such as "former".</summary>
internal sealed record RoleWord(string Sector)
{
    public bool IsModifier => Sector == "MOD";
}

/// <summary>An office holder between two dates (<c>data/actors/leaders.txt</c>).</summary>
internal sealed record Leader(string Country, string Role, string Name, DateOnly From, DateOnly? To);

/// <summary>Countries, roles and office holders from <c>data/actors/</c>, loaded once.</summary>
internal sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> Shared = new(Load);

    private ActorLexicon(PhraseTable<CountryForm> countries, PhraseTable<RoleWord> roles, IReadOnlyList<Leader> leaders, IReadOnlyDictionary<string, string> names, IReadOnlySet<string> demonyms)
    {
        DemonymStems = demonyms;
        Countries = countries;
        Roles = roles;
        Leaders = leaders;
        CountryNames = names;
    }

    public static ActorLexicon Instance => Shared.Value;

    public PhraseTable<CountryForm> Countries { get; }

    public PhraseTable<RoleWord> Roles { get; }

    public IReadOnlyList<Leader> Leaders { get; }

    /// <summary>Demonyms as written ("Israeli"), to recognise their plurals ("Israelis").</summary>
    public IReadOnlySet<string> DemonymStems { get; }

    /// <summary>Country code → canonical name.</summary>
    public IReadOnlyDictionary<string, string> CountryNames { get; }

    /// <summary>The holder of <paramref name="role"/> in <paramref name="country"/> on <paramref name="date"/>, or null.</summary>
    public Leader? HolderOn(string country, string role, DateOnly date)
    {
        foreach (var leader in Leaders)
        {
            if (leader.Country == country && leader.Role.Equals(role, StringComparison.OrdinalIgnoreCase)
                && leader.From <= date && (leader.To is null || date < leader.To))
            {
                return leader;
            }
        }

        return null;
    }

    private static ActorLexicon Load()
    {
        var countryForms = new List<(string, CountryForm)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var demonyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataLines.Read("actors", "countries.txt"))
        {
            string code = row[0], name = row[1];
            names[code] = name;
            AddForms(countryForms, Field(row, 2), new CountryForm(code, name, MentionKind.Country));
            AddForms(countryForms, Field(row, 3), new CountryForm(code, name, MentionKind.Demonym));
            demonyms.UnionWith(Field(row, 3).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            AddForms(countryForms, Field(row, 4), new CountryForm(code, name, MentionKind.Metonym));
        }

        var roles = DataLines.Read("actors", "roles.txt").Select(row => (row[1], new RoleWord(row[0])));
        var leaders = DataLines.Read("actors", "leaders.txt")
            .Select(row => new Leader(row[0], row[1], row[2], DateOnly.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture),
                Field(row, 4).Length == 0 ? null : DateOnly.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        return new ActorLexicon(new PhraseTable<CountryForm>(countryForms, ignoreCase: false), new PhraseTable<RoleWord>(roles, ignoreCase: true), leaders, names, demonyms);
    }

    private static string Field(string[] row, int index) => index < row.Length ? row[index] : "";

    private static void AddForms(List<(string, CountryForm)> forms, string field, CountryForm form)
    {
        foreach (var phrase in field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            forms.Add((phrase, form));
        }
    }
}
