namespace Dateline.Documents;

/// <summary>
/// Marker for an immutable annotation layer of a <see cref="Document"/>. A document holds at most one layer
/// of each type; components declare the layer types they require and produce.
/// </summary>
#pragma warning disable CA1040 // A marker interface is the point: layers are looked up by type.
public interface ILayer;
#pragma warning restore CA1040
