using Dateline.Cli.Commands;

namespace Dateline.Tests.Cli;

public sealed class ChunkedBufferTests
{
    [Fact]
    public void WritesComeOutInOrderAcrossChunks()
    {
        using var buffer = new ChunkedBuffer();
        AssertRoundTrip(buffer);
        Assert.False(buffer.Spilled);
    }

    [Fact]
    public void ALargeRecordSpillsToDiskAndComesBackWhole()
    {
        using var buffer = new ChunkedBuffer(spillThreshold: 1024 * 1024);
        AssertRoundTrip(buffer);
        Assert.True(buffer.Spilled);
    }

    [Fact]
    public void AdvancingPastTheSpanIsRefused()
    {
        using var buffer = new ChunkedBuffer();
        int room = buffer.GetSpan().Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(room + 1));
    }

    private static void AssertRoundTrip(ChunkedBuffer buffer)
    {
        var expected = new MemoryStream();
        var random = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            var piece = new byte[random.Next(1, 70_000)];
            random.NextBytes(piece);
            piece.CopyTo(buffer.GetSpan(piece.Length));
            buffer.Advance(piece.Length);
            expected.Write(piece);
        }

        var written = new MemoryStream();
        buffer.WriteTo(written);

        Assert.Equal(expected.ToArray(), written.ToArray());
    }
}
