namespace TargetsDashboard.Data.Entities;

/// <summary>A name a unit bore for a while, so reports of past months print the name of their time.</summary>
public class UnitNameHistory
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string Name { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }
}
