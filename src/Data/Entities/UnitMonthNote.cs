namespace TargetsDashboard.Data.Entities;

/// <summary>A unit's remarks on a month: difficulties, proposals, the reason for a drop.</summary>
public class UnitMonthNote : IVersioned, ITracked
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public DateOnly Month { get; set; }

    public required string Text { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}
