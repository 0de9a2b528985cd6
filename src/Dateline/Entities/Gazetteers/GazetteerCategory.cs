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
}
