using Dateline.Documents;

namespace Dateline.Tagging;

/// <summary>Universal POS tags, in the order of the UD v2 tag set.</summary>
public enum Upos : byte
{
    X,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
}

/// <summary>UPOS and lemma per token, aligned with the <see cref="Text.TokenLayer"/>.</summary>
public sealed class PosLayer(Upos[] tags, string[] lemmas) : ILayer
{
    public Upos[] Tags { get; } = tags;

    public string[] Lemmas { get; } = lemmas;
}
