using Dateline.Documents;
using Dateline.Entities;
using Dateline.Text;

namespace Dateline.Actors;

/// <summary>The per-document work of <see cref="ActorResolver"/>.</summary>
internal sealed class ActorBuilder(Document document, TokenLayer tokens, IReadOnlyList<Entity> entities)
{
    private readonly ActorLexicon lexicon = ActorLexicon.Instance;
    private readonly List<DraftActor> actors = [];
    private readonly List<ActorMention> mentions = [];
    private readonly Dictionary<int, DraftActor> entityActors = [];
    private readonly bool[] used = new bool[tokens.Count];
    private readonly HashSet<int> roleTokens = [];
    private const int MaxNameTokens = 4;
    private readonly Dictionary<string, List<DraftActor>> bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DraftActor>> byFirstName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DraftActor> singleNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DraftActor> countryActors = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Name), DraftActor> namedActors = [];

    public ActorLayer Build()
    {
        var persons = new List<PersonMention>();
        for (int e = 0; e < entities.Count; e++)
        {
            if (IsPerson(entities[e].Type) && entities[e].FirstToken >= 0 && ReadPerson(e) is { } person)
            {
                persons.Add(person);
            }
        }

        persons.AddRange(RoleAnchoredNames());
        persons.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        ClusterPersons(persons);
        LinkCountries();
        LinkOtherEntities();
        LinkRoleOnlyMentions();
        return Finish();
    }

    private static bool IsPerson(string type) => type is "PERSON" or "PER";

    /// <summary>Capitalised words right after a role are a name even where no entity was found ("opposition leader Yair Lapid").</summary>
    private List<PersonMention> RoleAnchoredNames()
    {
        var found = new List<PersonMention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (used[i] || !RoleParser.TryParse(document, tokens, i, tokens.Count, out var role) || !role.Singular)
            {
                continue;
            }

            int end = role.End;
            while (end < tokens.Count && end - role.End < MaxNameTokens && !used[end] && TokenText.IsCapitalised(document, tokens, end) && TokenText.IsWord(document, tokens, end)
                && (tokens.Flags[end] & TokenTraits.ParagraphStart) == 0 && !lexicon.InRoleVocabulary(TokenText.Of(document, tokens, end)))
            {
                end++;
            }

            if (end - role.End >= 2)
            {
                var words = new string[end - role.End];
                for (int w = role.End; w < end; w++)
                {
                    words[w - role.End] = StripPossessive(TokenText.Of(document, tokens, w).ToString());
                    used[w] = true;
                }

                MarkUsed(role.First, role.End);
                found.Add(new PersonMention(-1, new TextSpan(tokens.Starts[role.End], tokens.Ends[end - 1]), words, role));
            }

            i = Math.Max(i, end - 1);
        }

        return found;
    }

    private PersonMention? ReadPerson(int entityIndex)
    {
        var entity = entities[entityIndex];
        int first = entity.FirstToken, end = entity.EndToken;
        while (end > first && (TokenText.IsPossessive(document, tokens, end - 1) || !TokenText.IsWord(document, tokens, end - 1)))
        {
            end--;
        }

        RoleSpan? role = null;
        if (RoleParser.TryParse(document, tokens, first, end, out var leading) && leading.End < end)
        {
            // The entity may have left out part of the role ("Former" before "Israeli Defense Minister Benny Gantz").
            role = RoleParser.TryParseEndingAt(document, tokens, leading.End, out var wider) && wider.First < leading.First ? wider : leading;
            first = leading.End;
        }
        else if (TitleInside(first, end) is { } titled)
        {
            // "Massachusetts Sen. Elizabeth Warren", "Wells Fargo CEO John Stumpf": the name follows the last title word.
            role = titled;
            first = titled.End;
        }

        if (end <= first || !TokenText.IsCapitalised(document, tokens, first) || (end - first == 1 && IsDemonym(first)))
        {
            return null;
        }

        role ??= RoleBefore(first) ?? RoleAfter(end);
        var words = new string[end - first];
        for (int i = first; i < end; i++)
        {
            words[i - first] = StripPossessive(TokenText.Of(document, tokens, i).ToString());
            used[i] = true;
        }

        if (role is { } r)
        {
            MarkUsed(r.First, r.End);
        }

        return new PersonMention(entityIndex, new TextSpan(tokens.Starts[first], tokens.Ends[end - 1]), words, role);
    }

    /// <summary>"Israelis", "Palestinians": a people, not a person.</summary>
    private bool IsDemonym(int token)
    {
        var word = TokenText.Of(document, tokens, token);
        if (lexicon.Countries.TryMatch(document, tokens, token, token + 1, out _, out var form) && form.Kind == MentionKind.Demonym)
        {
            return true;
        }

        return word.Length > 3 && word[^1] == 's' && lexicon.DemonymStems.Contains(word[..^1].ToString());
    }

    private RoleSpan? TitleInside(int first, int end)
    {
        for (int k = end - 2; k > first; k--)
        {
            if (lexicon.Roles.TryMatch(document, tokens, k, end - 1, out int length, out var word) && !word.IsModifier && k + length < end)
            {
                var head = RoleParser.TextOf(document, tokens, k, k + length).ToLowerInvariant();
                return new RoleSpan(first, k + length, head, null, word.Sector, Singular: true);
            }
        }

        return null;
    }

    private RoleSpan? RoleBefore(int first)
    {
        if (RoleParser.TryParseEndingAt(document, tokens, first, out var role))
        {
            return role;
        }

        // Caption style: "United States Secretary of State, Antony Blinken".
        if (first >= 2 && TokenText.Is(document, tokens, first - 1, ",") && RoleParser.TryParseEndingAt(document, tokens, first - 1, out role)
            && (role.First == 0 || (tokens.Flags[role.First] & TokenTraits.ParagraphStart) != 0 || !TokenText.IsWord(document, tokens, role.First - 1)))
        {
            return role;
        }

        return null;
    }

    private RoleSpan? RoleAfter(int end)
    {
        // Apposition: "Benny Gantz, a former defense minister, said".
        if (end < tokens.Count && TokenText.Is(document, tokens, end, ",")
            && RoleParser.TryParse(document, tokens, end + 1, tokens.Count, out var role)
            && (role.End >= tokens.Count || !TokenText.IsWord(document, tokens, role.End)))
        {
            return role;
        }

        return null;
    }

    private void ClusterPersons(List<PersonMention> persons)
    {
        foreach (var person in persons.Where(p => p.Words.Length > 1))
        {
            var actor = WithSurname(person.Words[^1]).FirstOrDefault(a => SameFullName(a.FullName!, person.Words))
                ?? NewActor("PERSON", string.Join(' ', person.Words), person.Span.Start);
            if (person.Words.Length > actor.FullName!.Length)
            {
                actor.FullName = person.Words;
                actor.Name = string.Join(' ', person.Words);
                Index(actor);
            }

            Attach(actor, person, "full-name");
        }

        foreach (var person in persons.Where(p => p.Words.Length == 1))
        {
            var actor = ClosestBySurname(person) ?? ByFirstName(person.Words[0]);
            string rule = actor is null ? "new-name" : "surname";
            actor ??= (singleNames.TryGetValue(person.Words[0], out var single) ? single : null)
                ?? NewActor("PERSON", person.Words[0], person.Span.Start, [person.Words[0]]);
            Attach(actor, person, rule);
        }
    }

    private static bool SameFullName(string[] known, string[] words)
    {
        if (known.Length == words.Length)
        {
            return known.AsSpan().SequenceEqual(words);
        }

        // "Donald J. Trump" and "Donald Trump": same first and last word.
        return known.Length > 1 && words.Length > 1 && known[0] == words[0] && known[^1] == words[^1];
    }

    private DraftActor? ClosestBySurname(PersonMention person)
    {
        DraftActor? before = null, after = null;
        int beforeAt = int.MinValue, afterAt = int.MaxValue;
        foreach (var actor in WithSurname(person.Words[0]))
        {
            if (actor.FullName!.Length < 2 || actor.FullName[^1] != person.Words[0])
            {
                continue;
            }

            foreach (int at in actor.FullNameStarts)
            {
                if (at < person.Span.Start && at > beforeAt)
                {
                    (before, beforeAt) = (actor, at);
                }
                else if (at > person.Span.Start && at < afterAt)
                {
                    (after, afterAt) = (actor, at);
                }
            }
        }

        return before ?? after;
    }

    private DraftActor? ByFirstName(string word)
    {
        if (!byFirstName.TryGetValue(word, out var list))
        {
            return null;
        }

        var matches = list.Where(a => a.FullName!.Length > 1 && a.FullName[0] == word).Distinct().Take(2).ToArray();
        return matches.Length == 1 ? matches[0] : null;
    }

    private void Attach(DraftActor actor, PersonMention person, string rule)
    {
        if (person.EntityIndex >= 0)
        {
            entityActors[person.EntityIndex] = actor;
        }

        if (person.Words.Length > 1)
        {
            actor.FullNameStarts.Add(person.Span.Start);
        }

        actor.AddAlias(string.Join(' ', person.Words));
        mentions.Add(new ActorMention(person.Span, actor.Id, MentionKind.Name, rule));
        if (person.Role is { } role)
        {
            AddRole(actor, role);
        }
    }

    private void AddRole(DraftActor actor, RoleSpan role)
    {
        actor.AddRole(RoleParser.TextOf(document, tokens, role.First, role.End));
        actor.Country ??= role.Country;
        if (actor.Sector is null || actor.Sector == "ELI")
        {
            actor.Sector = role.Sector == "SPK" ? null : role.Sector;
        }
    }

    private void LinkCountries()
    {
        var placeEnds = PlaceEnds();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!lexicon.Countries.TryMatch(document, tokens, i, tokens.Count, out int length, out var form))
            {
                continue;
            }

            // "South America", "New Mexico": a country's name inside a longer place's name is part of that name.
            bool insidePlace = placeEnds[i] != 0 && (placeEnds[i] > i + length || (i > 0 && placeEnds[i - 1] == placeEnds[i] && !TokenText.Is(document, tokens, i - 1, "the")));
            if (insidePlace || InsidePersonName(i) || (form.Kind == MentionKind.Metonym && PartOfLongerName(i, i + length)))
            {
                i += length - 1;
                continue;
            }

            int first = TokenText.Is(document, tokens, i - 1, "the") ? i - 1 : i;
            var actor = CountryActor(form.Code, tokens.Starts[i]);
            var span = new TextSpan(tokens.Starts[first], tokens.Ends[i + length - 1]);
            actor.AddAlias(document.Text(span));
            mentions.Add(new ActorMention(span, actor.Id, form.Kind, form.Kind == MentionKind.Metonym ? "country-metonym" : "country-lexicon"));
            i += length - 1;
        }
    }

    private bool InsidePersonName(int token) => used[token] && !roleTokens.Contains(token);

    /// <summary>Per token, the end token of the LOC or GPE entity covering it, or 0.</summary>
    private int[] PlaceEnds()
    {
        var ends = new int[tokens.Count];
        foreach (var entity in entities)
        {
            if (entity.Type is "LOC" or "GPE" && entity.FirstToken >= 0)
            {
                int end = Math.Min(entity.EndToken, ends.Length);
                while (end > entity.FirstToken && TokenText.IsPossessive(document, tokens, end - 1))
                {
                    end--;
                }

                for (int t = entity.FirstToken; t < end; t++)
                {
                    ends[t] = end;
                }
            }
        }

        return ends;
    }

    private bool PartOfLongerName(int first, int end) =>
        (end < tokens.Count && TokenText.IsCapitalised(document, tokens, end) && (tokens.Flags[end] & TokenTraits.SpaceBefore) != 0 && TokenText.IsWord(document, tokens, end))
        || (first > 0 && TokenText.IsCapitalised(document, tokens, first - 1) && TokenText.IsWord(document, tokens, first - 1) && (tokens.Flags[first] & TokenTraits.ParagraphStart) == 0);

    private DraftActor CountryActor(string code, int start)
    {
        if (!countryActors.TryGetValue(code, out var actor))
        {
            actor = NewActor("GPE", lexicon.CountryNames[code], start);
            actor.Code = code;
            actor.Country = code;
            countryActors[code] = actor;
        }

        return actor;
    }

    private void LinkOtherEntities()
    {
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            // Credit entities (photographers, agencies in captions' credits) lie outside the tokens.
            if (IsPerson(entity.Type) || entityActors.ContainsKey(e) || entity.FirstToken < 0)
            {
                continue;
            }

            int first = entity.FirstToken, end = entity.EndToken;
            while (end > first && TokenText.IsPossessive(document, tokens, end - 1))
            {
                end--;
            }

            if (TokenText.Is(document, tokens, first, "the"))
            {
                first++;
            }

            if (end <= first)
            {
                continue;
            }

            if (lexicon.Countries.TryMatch(document, tokens, first, end, out int length, out var form) && length == end - first)
            {
                entityActors[e] = CountryActor(form.Code, entity.Span.Start);
                continue;
            }

            if (entity.Type == "NORP")
            {
                continue;
            }

            string name = StripPossessive(RoleParser.TextOf(document, tokens, first, end));
            if (!namedActors.TryGetValue((entity.Type, name), out var actor))
            {
                actor = NewActor(entity.Type, name, entity.Span.Start);
                namedActors[(entity.Type, name)] = actor;
            }

            actor.AddAlias(name);
            entityActors[e] = actor;
            mentions.Add(new ActorMention(new TextSpan(tokens.Starts[first], tokens.Ends[end - 1]), actor.Id, MentionKind.Name, "entity-name"));
        }
    }

    private void LinkRoleOnlyMentions()
    {
        DateOnly? date = document.Info.Date;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (used[i] || !RoleParser.TryParse(document, tokens, i, tokens.Count, out var role) || !role.Singular || AnyUsed(role.First, role.End))
            {
                continue;
            }

            bool definite = TokenText.Is(document, tokens, i, "the") || role.Country is not null;
            bool nameFollows = role.End < tokens.Count && TokenText.IsCapitalised(document, tokens, role.End) && TokenText.IsWord(document, tokens, role.End)
                && (tokens.Flags[role.End] & TokenTraits.SpaceBefore) != 0 && !NewSentenceAt(role.End);
            if (!definite || nameFollows)
            {
                i = role.End - 1;
                continue;
            }

            var (actor, rule) = HolderInArticle(role) ?? HolderInLexicon(role, date);
            if (actor is not null)
            {
                var span = new TextSpan(tokens.Starts[role.First], tokens.Ends[role.End - 1]);
                mentions.Add(new ActorMention(span, actor.Id, MentionKind.Role, rule));
                AddRole(actor, role);
                MarkUsed(role.First, role.End);
            }

            i = role.End - 1;
        }
    }

    private bool NewSentenceAt(int token) => token > 0 && TokenText.Is(document, tokens, token - 1, ".");

    private (DraftActor? Actor, string Rule)? HolderInArticle(RoleSpan role)
    {
        var holders = actors.Where(a => a.Type == "PERSON" && a.Roles.Any(r => r.EndsWith(role.Head, StringComparison.OrdinalIgnoreCase))
            && (role.Country is null || a.Country is null || a.Country == role.Country)).Take(2).ToArray();
        return holders.Length == 1 ? (holders[0], "role-in-article") : null;
    }

    private (DraftActor? Actor, string Rule) HolderInLexicon(RoleSpan role, DateOnly? date)
    {
        if (date is null || role.Country is null || lexicon.HolderOn(role.Country, role.Head, date.Value) is not { } leader)
        {
            return (null, "");
        }

        var words = leader.Name.Split(' ');
        var actor = WithSurname(words[^1]).FirstOrDefault(a => SameFullName(a.FullName!, words))
            ?? (singleNames.TryGetValue(words[^1], out var single) ? single : null);
        if (actor is null)
        {
            actor = NewActor("PERSON", leader.Name, tokens.Starts[role.First], words);
        }

        actor.Country ??= role.Country;
        return (actor, "leaders-lexicon");
    }

    private bool AnyUsed(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (used[i])
            {
                return true;
            }
        }

        return false;
    }

    private void MarkUsed(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            used[i] = true;
            roleTokens.Add(i);
        }
    }

    private DraftActor NewActor(string type, string name, int start, string[]? fullName = null)
    {
        var actor = new DraftActor($"draft{actors.Count}", type, name, start) { FullName = fullName ?? name.Split(' ') };
        actors.Add(actor);
        if (type == "PERSON")
        {
            Index(actor);
        }

        return actor;
    }

    private void Index(DraftActor actor)
    {
        var words = actor.FullName!;
        if (words.Length == 1)
        {
            singleNames.TryAdd(words[0], actor);
            return;
        }

        Add(bySurname, words[^1], actor);
        Add(byFirstName, words[0], actor);
    }

    private static void Add(Dictionary<string, List<DraftActor>> index, string key, DraftActor actor)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(actor))
        {
            list.Add(actor);
        }
    }

    private List<DraftActor> WithSurname(string surname) => bySurname.TryGetValue(surname, out var list) ? list : [];

    private ActorLayer Finish()
    {
        var ordered = actors.OrderBy(a => a.FirstStart).ToList();
        var ids = new Dictionary<DraftActor, string>();
        for (int i = 0; i < ordered.Count; i++)
        {
            ids[ordered[i]] = $"A{i + 1}";
        }

        var finalActors = ordered.Select(a => new Actor(ids[a], a.Name, a.Type, a.Aliases, a.Roles, a.CodeFor(), a.Country)).ToArray();
        var byEntity = entityActors.ToDictionary(p => p.Key, p => ids[p.Value]);
        var draftIds = actors.ToDictionary(a => a.Id, a => ids[a]);
        var finalMentions = mentions.Select(m => m with { ActorId = draftIds[m.ActorId] }).OrderBy(m => m.Span.Start).ToArray();
        return new ActorLayer(finalActors, byEntity) { Mentions = finalMentions };
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private sealed record PersonMention(int EntityIndex, TextSpan Span, string[] Words, RoleSpan? Role);

    private sealed class DraftActor(string id, string type, string name, int firstStart)
    {
        public string Id { get; } = id;

        public string Type { get; } = type;

        public string Name { get; set; } = name;

        public string[]? FullName { get; set; }

        public List<int> FullNameStarts { get; } = [];

        public int FirstStart { get; } = firstStart;

        public List<string> Aliases { get; } = [];

        public List<string> Roles { get; } = [];

        public string? Code { get; set; }

        public string? Country { get; set; }

        public string? Sector { get; set; }

        public void AddAlias(string alias)
        {
            if (!Aliases.Contains(alias))
            {
                Aliases.Add(alias);
            }
        }

        public void AddRole(string role)
        {
            if (!Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            {
                Roles.Add(role);
            }
        }

        public string? CodeFor() => Code ?? (Country is not null && Sector is not null ? Country + Sector : null);
    }
}
