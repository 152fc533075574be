namespace TargetsDashboard.Kpi;

/// <summary>What a unit is. Departments rank among departments; wards and communes among themselves.</summary>
public enum UnitKind
{
    Department = 0,
    Ward = 1,
    Commune = 2,
}

/// <summary>The two separate ranking tables of the national portal.</summary>
public enum PeerGroup
{
    Departments = 0,
    CommunesAndWards = 1,
}

/// <summary>How months add up: flows are summed, stocks take the last month.</summary>
public enum Aggregation
{
    Flow = 0,
    Stock = 1,
}

/// <summary>What the numerator and denominator count.</summary>
public enum CountedOver
{
    Procedures = 0,
    Dossiers = 1,
}

/// <summary>How a ratio is compared with its threshold.</summary>
public enum Comparison
{
    AtLeast = 0,
    GreaterThan = 1,
}

public enum KpiStatus
{
    /// <summary>No figures, or a denominator of zero: never shown as 0% and never as met.</summary>
    Unknown = 0,
    NotMet = 1,
    Met = 2,
}

public static class UnitKindExtensions
{
    public static PeerGroup ToPeerGroup(this UnitKind kind) =>
        kind == UnitKind.Department ? PeerGroup.Departments : PeerGroup.CommunesAndWards;
}
