using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Entities;

/// <summary>
/// A department, ward or commune. The id and code stay when the unit is renamed (the old name goes to
/// <see cref="NameHistory"/>); a merged unit keeps its figures and points to its successor.
/// </summary>
public class Unit : IAudited
{
    public int Id { get; set; }

    /// <summary>Stable, URL-safe code, e.g. "so-tu-phap" or "phuong-bien-hoa".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    /// <summary>First day the unit exists in its current legal form.</summary>
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day the unit exists; null while it does.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The unit that took over this one's procedures after a merge.</summary>
    public int? SuccessorId { get; set; }

    public Unit? Successor { get; set; }

    public List<UnitNameHistory> NameHistory { get; set; } = [];

    /// <summary>The unit exists on some day of the month: it is expected to report for it (the engine's rule, <see cref="ActivePeriod"/>).</summary>
    public bool IsActiveIn(YearMonth month) => ActivePeriod.Covers(ValidFrom, ValidTo, month);
}
