namespace Dateline.Cleaning;

/// <summary>
/// Whether an article spells a name properly somewhere (as a whole word), which makes a lower-case occurrence a
/// slip. One per document; each name is searched once, so hostile input stays linear.
/// </summary>
internal sealed class ProperSpellings(string raw)
{
    private Dictionary<string, bool>? found;

    public bool Contains(string proper)
    {
        found ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!found.TryGetValue(proper, out bool present))
        {
            present = Search(proper);
            found[proper] = present;
        }

        return present;
    }

    private bool Search(string proper)
    {
        for (int at = raw.IndexOf(proper, StringComparison.Ordinal); at >= 0; at = raw.IndexOf(proper, at + 1, StringComparison.Ordinal))
        {
            int after = at + proper.Length;
            if ((at == 0 || !TextScan.IsLetter(raw[at - 1])) && (after == raw.Length || !TextScan.IsLetter(raw[after])))
            {
                return true;
            }
        }

        return false;
    }
}
