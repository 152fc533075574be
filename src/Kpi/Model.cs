namespace TargetsDashboard.Kpi;

/// <summary>A unit as the engine sees it. <paramref name="ActiveFrom"/> and <paramref name="ActiveTo"/> bound the months it is expected to report.</summary>
public sealed record UnitInfo(int UnitId, string Code, string Name, UnitKind Kind, YearMonth? ActiveFrom = null, YearMonth? ActiveTo = null)
{
    public PeerGroup PeerGroup => Kind.ToPeerGroup();

    /// <summary>Whether the unit is expected to report in the given month.</summary>
    public bool IsActiveIn(YearMonth month) =>
        (ActiveFrom is null || month >= ActiveFrom.Value) && (ActiveTo is null || month <= ActiveTo.Value);
}

/// <summary>An indicator as the engine sees it.</summary>
/// <param name="Code">Stable code, e.g. DIGITIZED.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NumeratorItemVi">What one more unit of the numerator is, in Vietnamese, for "cần thêm 37 hồ sơ được số hóa".</param>
public sealed record IndicatorInfo(
    string Code,
    string NameVi,
    Aggregation Aggregation,
    CountedOver CountedOver,
    string NumeratorItemVi,
    int DisplayOrder = 0);

/// <summary>A target in force from <paramref name="EffectiveFrom"/> to <paramref name="EffectiveTo"/> (inclusive, open when null).</summary>
/// <param name="Threshold">A fraction: 0.7 for 70%.</param>
/// <param name="AppliesTo">Null for every unit kind.</param>
/// <param name="Source">The document that set it, as shown to users: "Công văn 4912/UBND-HCC ngày 26/04/2025".</param>
public sealed record TargetRule(
    int TargetId,
    string IndicatorCode,
    decimal Threshold,
    Comparison Comparison,
    YearMonth EffectiveFrom,
    YearMonth? EffectiveTo,
    UnitKind? AppliesTo,
    string Source)
{
    public bool IsInForce(YearMonth month, UnitKind kind) =>
        month >= EffectiveFrom && (EffectiveTo is null || month <= EffectiveTo.Value) && (AppliesTo is null || AppliesTo == kind);

    public bool IsMetBy(decimal ratio) => Comparison switch
    {
        Comparison.AtLeast => ratio >= Threshold,
        Comparison.GreaterThan => ratio > Threshold,
        _ => false,
    };
}

/// <summary>One unit's figures for one indicator and month.</summary>
public readonly record struct Measurement(int UnitId, string IndicatorCode, YearMonth Month, long Numerator, long Denominator);

/// <summary>Settings of the scoring and status rules that the directive leaves open.</summary>
public sealed record KpiSettings
{
    /// <summary>Weight of each indicator in the score; an indicator missing here weighs 1. Scores are scaled to 100.</summary>
    public IReadOnlyDictionary<string, decimal> Weights { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Width of the "close to target" band in percentage points; null turns the band off (the directive defines none).</summary>
    public decimal? CloseBandPoints { get; init; }
}
