namespace TargetsDashboard.Data.Entities;

/// <summary>
/// The one row every save rewrites with a new random stamp, in the save's own transaction. Another process on the
/// same database reads it every second and, when the stamp is not one it wrote itself, knows the figures changed.
/// A random stamp rather than a counter: two writers never need to read it first, and any new value means "changed".
/// </summary>
public class DataVersion
{
    /// <summary>The single row's id.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; }

    public Guid Stamp { get; set; }
}
