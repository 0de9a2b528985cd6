using Dateline.Documents;

namespace Dateline.Pipeline;

/// <summary>
/// One analysis step. Components are stateless and thread-safe: the same instance processes many documents
/// in parallel. <see cref="Requires"/> and <see cref="Produces"/> are layer types, checked when a
/// <see cref="AnalysisPipeline"/> is built.
/// </summary>
public interface IComponent
{
    string Name { get; }

    IReadOnlyList<Type> Requires { get; }

    IReadOnlyList<Type> Produces { get; }

    Document Process(Document document);

    /// <summary>
    /// Loads now what the component would otherwise load on its first document (models, lexicons), so a pipeline
    /// can load all its components side by side (<see cref="AnalysisPipeline.Preload"/>). Thread-safe; loads once.
    /// </summary>
    void Preload()
    {
    }
}
