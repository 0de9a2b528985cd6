using Dateline.Documents;

namespace Dateline.Pipeline;

/// <summary>An ordered list of components whose requirements were checked when it was built.</summary>
public sealed class AnalysisPipeline
{
    private readonly IComponent[] components;

    private AnalysisPipeline(IComponent[] components) => this.components = components;

    public IReadOnlyList<IComponent> Components => components;

    /// <summary>Checks that every component's required layers are produced by an earlier one.</summary>
    /// <exception cref="PipelineConfigurationException">A requirement is unmet.</exception>
    public static AnalysisPipeline Build(IEnumerable<IComponent> components)
    {
        var list = components.ToArray();
        var available = new HashSet<Type>();
        foreach (var component in list)
        {
            var missing = component.Requires.Where(t => !available.Contains(t)).Select(t => t.Name).ToArray();
            if (missing.Length > 0)
            {
                throw new PipelineConfigurationException(
                    $"Component '{component.Name}' requires {string.Join(", ", missing)}, which no earlier component produces.");
            }

            available.UnionWith(component.Produces);
        }

        return new AnalysisPipeline(list);
    }

    /// <summary>
    /// Loads every component's models and lexicons at once, each on its own thread, so the first document does not
    /// wait for them one after another. Only a head start: a load that fails here fails again, with its own message,
    /// on the first document that needs it.
    /// </summary>
    public void Preload()
    {
        var loads = components
            .Select(component => Task.Factory.StartNew(component.Preload, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        try
        {
            Task.WaitAll(loads);
        }
        catch (AggregateException)
        {
            // Reported per document by Run.
        }
    }

    public Document Run(Document document)
    {
        foreach (var component in components)
        {
            document = component.Process(document);
        }

        return document;
    }
}
