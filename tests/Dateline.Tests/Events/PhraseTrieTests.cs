using Dateline.Events;
using Xunit;

namespace Dateline.Tests.Events;

public sealed class PhraseTrieTests
{
    [Fact]
    public void LongestPhraseWinsAndTheFirstEntryOfAPhraseIsKept()
    {
        string[][] phrases = [["UNITED", "NATIONS"], ["UNITED"], ["UNITED", "NATIONS", "SECURITY", "COUNCIL"], ["UNITED", "NATIONS"]];
        var trie = PhraseTrie<string[]>.Build(phrases, p => p);
        string[] words = ["THE", "UNITED", "NATIONS", "SECURITY", "MET"];

        Assert.Equal(2, trie.LongestMatch(words, 1, words.Length, out var found));
        Assert.Same(phrases[0], found); // "UNITED NATIONS SECURITY" is only a prefix; the repeated phrase keeps its first entry
        Assert.Equal(1, trie.LongestMatch(words, 1, 2, out found));
        Assert.Same(phrases[1], found);
        Assert.Equal(0, trie.LongestMatch(words, 0, words.Length, out found));
        Assert.Null(found);
    }

    [Fact]
    public void TextPhrasesMatchAsTheirWords()
    {
        var builder = new PhraseTrieBuilder();
        builder.Add("FOREIGN  MINISTER", 0);
        builder.Add(["PRIME", "MINISTER"], 1);
        var trie = builder.Build<string>(["foreign minister", "prime minister"]);

        Assert.Equal(2, trie.LongestMatch(["THE", "FOREIGN", "MINISTER"], 1, 3, out var found));
        Assert.Equal("foreign minister", found);
        Assert.Equal(2, builder.FirstWords.Count);
    }
}
