using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;
using Dateline.Learning;
using Dateline.Pipeline;
using Dateline.Text;

namespace Dateline.Entities;

/// <summary>
/// Finds PERSON, ORG, GPE, LOC, NORP (and MISC) mentions: the averaged-perceptron tagger over each sentence
/// (reading tokens through <see cref="TokenLayer.TextOf"/>, so repairs win), gazetteer typing
/// (<see cref="EntityTyping"/>), span repairs (<see cref="MentionSpans"/>), then <see cref="MentionConsistency"/> over
/// the whole document.
/// </summary>
public sealed class EntityRecognizer : IComponent
{
    public const string ModelSource = "ner-perceptron";

    private readonly Func<SequenceModel> model;
    private readonly Gazetteer? gazetteer;

    /// <summary>Uses the shipped model and gazetteers, loaded on the first document.</summary>
    public EntityRecognizer()
        : this(() => EntityTagger.ShippedModel, null)
    {
    }

    public EntityRecognizer(SequenceModel model, Gazetteer gazetteer)
        : this(() => model, gazetteer)
    {
    }

    private EntityRecognizer(Func<SequenceModel> model, Gazetteer? gazetteer)
    {
        this.model = model;
        this.gazetteer = gazetteer;
    }

    public string Name => "entity-recognizer";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(EntityLayer)];

    public void Preload()
    {
        // Tagging one line also reads the decoding rules' lists and compiles their code, so the first article does not.
        _ = new EntityTagger(model(), gazetteer ?? Gazetteer.Default).Tag([["Acme", "Inc", "of", "Lima", "said", "in", "New", "York-based", "Grand", "University"]]);
        EntityTyping.Preload();
        MentionSpans.Preload();
    }

    public Document Process(Document document)
    {
        var body = document.Get<TokenLayer>();
        var text = new TaggedText(document, body, document.Get<SentenceLayer>());
        var lists = gazetteer ?? Gazetteer.Default;
        var labels = new EntityTagger(model(), lists).Tag(text.Sentences());
        var mentions = new List<Mention>();
        int offset = 0;
        foreach (var (first, end) in text.Ranges)
        {
            var sentenceLabels = new ArraySegment<int>(labels, offset, end - first);
            foreach (var (start, stop, type) in EntityLabels.Spans(sentenceLabels))
            {
                var (entityType, overrideRule) = EntityTyping.Map(type, text.Words, first + start, first + stop, lists);
                mentions.Add(new Mention(first + start, first + stop, entityType, overrideRule is null ? ModelSource : $"{ModelSource}/{overrideRule}"));
            }

            offset += end - first;
        }

        mentions = MentionSpans.Apply(text.Words, text.Starts, text.Ends, text.Ranges, mentions, lists);
        var entities = MentionConsistency.Apply(text.Words, mentions, lists)
            .Select(m => new Entity(
                new TextSpan(text.Starts[m.First], text.Ends[m.End - 1]),
                m.Type,
                m.First,
                m.End,
                m.Source))
            .ToList();
        if (document.Find<CleaningLayer>() is { } cleaning)
        {
            entities.AddRange(CreditEntities.Of(document, cleaning));
        }

        return document.With(new EntityLayer(entities));
    }
}
