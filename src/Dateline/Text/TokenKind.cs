namespace Dateline.Text;

/// <summary>What the tokenizer saw; the sentence splitter decides on these instead of re-reading characters.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,

    /// <summary>URL, e-mail address, @handle or #hashtag.</summary>
    Special,

    /// <summary>A clitic split from the word before it (n't, 's, 're, possessive ').</summary>
    Clitic,

    /// <summary>"." "!" "?" or a run of them ("?!", "!!!").</summary>
    Terminal,

    /// <summary>"..." or "…".</summary>
    Ellipsis,
    TitleAbbreviation,
    NumberAbbreviation,
    MonthAbbreviation,

    /// <summary>Inc., etc., U.S., a.m.: may end a sentence.</summary>
    GeneralAbbreviation,

    /// <summary>A single capital and its period (J. R. R. Tolkien).</summary>
    Initial,

    /// <summary>"1." opening a paragraph.</summary>
    ListNumber,
    OpenQuote,
    CloseQuote,
    OpenBracket,
    CloseBracket,
    Dash,
    Punctuation,
    Symbol,

    /// <summary>":-)", ";)": ends a sentence when a capital follows.</summary>
    Emoticon,
}
