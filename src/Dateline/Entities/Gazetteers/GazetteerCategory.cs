namespace Dateline.Entities.Gazetteers;

/// <summary>
/// What a gazetteer entry names. The value is a bit position: a phrase may be in several lists
/// (Georgia is a country and a state).
/// </summary>
public enum GazetteerCategory
{
    Country,
    Demonym,
    City,
    State,
    Region,
    Person,
    Org,
    Group,
    Media,

    /// <summary>A common first name (<c>givenname.txt</c>), or the first word of a listed person's name (derived on load).</summary>
    GivenName,

    /// <summary>A common family name (<c>surname.txt</c>), or the last word of a listed person's name (derived on load).</summary>
    Surname,
}
