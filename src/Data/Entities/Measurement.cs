namespace TargetsDashboard.Data.Entities;

/// <summary>Where a figure came from.</summary>
public enum MeasurementSource
{
    Demo = 0,
    ExcelImport = 1,
    Api = 2,
    ManualEdit = 3,

    /// <summary>A unit's own submission, accepted by the office (<see cref="Measurement.SourceReference"/> names it).</summary>
    UnitSubmission = 4,
}

/// <summary>One unit's numerator and denominator for one indicator and month.</summary>
public class Measurement : IAudited, IVersioned, ITracked
{
    public long Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public int IndicatorId { get; set; }

    public Indicator? Indicator { get; set; }

    /// <summary>First day of the month the figures are for.</summary>
    public DateOnly Month { get; set; }

    public long Numerator { get; set; }

    public long Denominator { get; set; }

    public MeasurementSource Source { get; set; }

    /// <summary>The import, file or request the figures came with.</summary>
    public string? SourceReference { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency token, raised on every save by the interceptor.</summary>
    public int Version { get; set; }
}
