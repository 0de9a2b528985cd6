using System.Reflection;

namespace Dateline.Events;

/// <summary>The embedded <c>data/events/</c> files, each loaded lazily once.</summary>
public static class EventData
{
    private static readonly Lazy<EventLexicon> LexiconValue = new(() =>
    {
        var readers = new[] { "cameo-verbs.txt", "actors-extra.txt", "actors.txt", "agents.txt", "discards.txt" }.Select(Open).ToArray();
        try
        {
            return EventLexiconFormat.Read(readers);
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    });

    private static readonly Lazy<CameoCodes> CodesValue = new(() =>
    {
        using var reader = Open("cameo-codes.txt");
        return CameoCodes.Read(reader);
    });

    private static readonly Lazy<Gazetteer> PlacesValue = new(() =>
    {
        using var reader = Open("places.txt");
        return Gazetteer.Read(reader);
    });

    /// <summary>CAMEO 2.0 verbs and Phoenix actors, agents and discards.</summary>
    public static EventLexicon Lexicon => LexiconValue.Value;

    public static CameoCodes Codes => CodesValue.Value;

    public static Gazetteer Places => PlacesValue.Value;

    private static StreamReader Open(string file)
    {
        var assembly = typeof(EventData).Assembly;
        string suffix = ".data.events." + file;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource data/events/{file} is missing.");
        return new StreamReader(assembly.GetManifestResourceStream(name)!);
    }
}
