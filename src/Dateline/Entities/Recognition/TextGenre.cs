namespace Dateline.Entities.Recognition;

/// <summary>
/// The genre of a document as the entity tagger sees it, read from its tokens alone (never from a file name):
/// news, or web text (forum posts, reviews, e-mail, blogs, conversation). One decision per document, with the sign
/// that made it, so a model trained with genre copies of its features (<see cref="GenreWeights"/>) reads the
/// weights of that genre.
/// </summary>
public static class TextGenre
{
    /// <summary>Genre numbers as stored in feature keys (<see cref="GenreWeights"/>); 0 is the shared copy.</summary>
    public const int News = 1;

    public const int Web = 2;

    public const int Count = 2;

    public static readonly string[] Names = ["shared", "news", "web"];

    // Thresholds from the training documents (CoNLL-2003 eng.train as news, UNER EWT train as web): together they
    // call 3 % of eng.train and 87 % of EWT train web, 2 % of eng.testa, 73 % of EWT dev and 11 % of the PolNeAR dev
    // articles (real news, where "I" and "you" sit inside quotes: they are not counted there).
    private const double PersonalShare = 0.03;
    private const double LowerStartShare = 0.2;
    private const double MarksPerSentence = 0.3;

    // First and second person, as a writer addresses a reader; "i" alone in lower case is web writing on its own.
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "we", "us", "our", "u", "ur", "im",
    };

    /// <summary>The genre and the sign that decided it (for explaining the tagger's choice).</summary>
    public readonly record struct Decision(int Genre, string Reason)
    {
        public string Name => Names[Genre];

        public override string ToString() => $"{Name} ({Reason})";
    }

    public static Decision Detect(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        int tokens = 0, personal = 0, starts = 0, lowerStarts = 0, marks = 0, sentencesSeen = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Count == 0)
            {
                continue;
            }

            sentencesSeen++;
            bool quoted = false, started = false;
            foreach (var word in sentence)
            {
                if (word.Length == 0)
                {
                    continue;
                }

                if (IsQuote(word))
                {
                    quoted = word is "\"" ? !quoted : word is "“" or "``";
                    continue;
                }

                if (!started && char.IsLetter(word[0]))
                {
                    started = true;
                    starts++;
                    lowerStarts += char.IsLower(word[0]) ? 1 : 0;
                }

                if (word == "i")
                {
                    return new Decision(Web, "lower-case \"i\"");
                }

                marks += word is "!" or "?" ? 1 : 0;
                if (!quoted)
                {
                    tokens++;
                    personal += Personal.Contains(word) ? 1 : 0;
                }
            }
        }

        if (tokens > 0 && personal >= PersonalShare * tokens)
        {
            return new Decision(Web, $"first/second person {personal} of {tokens} words");
        }

        if (starts > 0 && lowerStarts >= LowerStartShare * starts)
        {
            return new Decision(Web, $"{lowerStarts} of {starts} sentences start in lower case");
        }

        if (sentencesSeen > 0 && marks >= MarksPerSentence * sentencesSeen)
        {
            return new Decision(Web, $"{marks} '!'/'?' in {sentencesSeen} sentences");
        }

        return new Decision(News, "no sign of web writing");
    }

    private static bool IsQuote(string word) => word is "\"" or "“" or "”" or "``" or "''";
}
