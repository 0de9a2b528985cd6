namespace Dateline.Text;

/// <summary>Growable token columns filled by the tokenizer; turned into a <see cref="TokenLayer"/> once.</summary>
internal sealed class TokenBuffer(int capacity)
{
    private int[] starts = new int[Math.Max(capacity, 16)];
    private int[] ends = new int[Math.Max(capacity, 16)];
    private TokenTraits[] traits = new TokenTraits[Math.Max(capacity, 16)];
    private TokenKind[] kinds = new TokenKind[Math.Max(capacity, 16)];

    public int Count { get; private set; }

    public int[] Starts => starts;

    public int[] Ends => ends;

    public TokenTraits[] Traits => traits;

    public TokenKind[] Kinds => kinds;

    public void Add(int start, int end, TokenKind kind, TokenTraits tokenTraits)
    {
        if (Count == starts.Length)
        {
            int size = Count * 2;
            Array.Resize(ref starts, size);
            Array.Resize(ref ends, size);
            Array.Resize(ref traits, size);
            Array.Resize(ref kinds, size);
        }

        starts[Count] = start;
        ends[Count] = end;
        traits[Count] = tokenTraits;
        kinds[Count] = kind;
        Count++;
    }

    public TokenLayer ToLayer(string?[] norms) =>
        new(starts.AsSpan(0, Count).ToArray(), ends.AsSpan(0, Count).ToArray(), norms, traits.AsSpan(0, Count).ToArray());
}
