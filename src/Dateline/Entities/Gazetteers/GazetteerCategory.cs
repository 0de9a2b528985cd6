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

    /// <summary>First word of a listed person's name (derived on load, never a file).</summary>
    GivenName,

    /// <summary>Last word of a listed person's name (derived on load, never a file).</summary>
    Surname,
}
