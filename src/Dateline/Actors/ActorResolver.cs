using Dateline.Documents;
using Dateline.Entities;
using Dateline.Pipeline;
using Dateline.Text;

namespace Dateline.Actors;

/// <summary>
/// Groups entity mentions into actors (one per referent): full names and surnames, roles and their countries
/// from pre-modifiers and appositions, role-only mentions linked through the article or the leaders lexicon
/// valid on the article date, and country names, short forms and seats of government.
/// </summary>
public sealed class ActorResolver : IComponent
{
    public string Name => "actors";

    public IReadOnlyList<Type> Requires { get; } = [typeof(EntityLayer), typeof(TokenLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(ActorLayer)];

    /// <remarks>Caption tokens are part of the token layer, so roles in captions ("Former Israeli Defense Minister Benny Gantz meets …") are read too.</remarks>
    public void Preload() => _ = ActorLexicon.Instance;

    public Document Process(Document document)
    {
        var builder = new ActorBuilder(document, document.Get<TokenLayer>(), document.Get<EntityLayer>().Entities);
        return document.With(builder.Build());
    }
}
