namespace TargetsDashboard.Kpi;

/// <summary>A unit as the engine sees it. <paramref name="ActiveFrom"/> and <paramref name="ActiveTo"/> bound the months it is expected to report.</summary>
/// <param name="Name">The name shown: the current name in <see cref="KpiEngine.Units"/>, the name of the period in results of a period.</param>
/// <param name="FormerNames">Names the unit bore before, each with the days it was valid; the current name holds after the last one.</param>
public sealed record UnitInfo(
    int UnitId,
    string Code,
    string Name,
    UnitKind Kind,
    YearMonth? ActiveFrom = null,
    YearMonth? ActiveTo = null,
    IReadOnlyList<UnitName>? FormerNames = null)
{
    public PeerGroup PeerGroup => Kind.ToPeerGroup();

    /// <summary>Whether the unit is expected to report in the given month: it exists on at least one day of it.</summary>
    public bool IsActiveIn(YearMonth month) => ActivePeriod.Covers(ActiveFrom, ActiveTo, month, month);

    /// <summary>Whether the unit is expected to report in at least one month of the period.</summary>
    public bool IsActiveDuring(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ActivePeriod.Covers(ActiveFrom, ActiveTo, period.Start, period.End);
    }

    /// <summary>
    /// The name valid at the end of the period's last month: a report of a month before a rename prints the old
    /// name. Before the first recorded name the earliest name is used; after the last former name, <see cref="Name"/>.
    /// </summary>
    public string NameIn(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return NameOn(period.End.LastDay);
    }

    /// <summary>The name valid on a day: the former name whose validity ends first on or after it, else <see cref="Name"/>.</summary>
    public string NameOn(DateOnly day)
    {
        if (FormerNames is not { Count: > 0 } names)
        {
            return Name;
        }

        UnitName? best = null;
        foreach (var former in names)
        {
            if (former.ValidTo >= day && (best is null || former.ValidTo < best.ValidTo))
            {
                best = former;
            }
        }

        return best?.Name ?? Name;
    }

    /// <summary>
    /// This unit as a period shows it: with the name valid in the period (the same instance when that is the current
    /// name). Call it on a unit with its current name, as <see cref="KpiEngine.Units"/> holds them.
    /// </summary>
    public UnitInfo In(Period period)
    {
        var name = NameIn(period);
        return string.Equals(name, Name, StringComparison.Ordinal) ? this : this with { Name = name };
    }
}

/// <summary>A name a unit bore from <paramref name="ValidFrom"/> to <paramref name="ValidTo"/>, both days inclusive.</summary>
public sealed record UnitName(string Name, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>
/// The one rule for "is a unit active": it exists on at least one day of the months asked about. Months are
/// inclusive; an open bound (null) never excludes. Used by the engine, the ingestion rules and the corrections.
/// </summary>
public static class ActivePeriod
{
    public static bool Covers(YearMonth? activeFrom, YearMonth? activeTo, YearMonth first, YearMonth last) =>
        (activeFrom is null || activeFrom.Value <= last) && (activeTo is null || activeTo.Value >= first);

    /// <summary>The same rule for validity given in days, as the database keeps it.</summary>
    public static bool Covers(DateOnly validFrom, DateOnly? validTo, YearMonth month) =>
        Covers(YearMonth.FromDate(validFrom), validTo is { } to ? YearMonth.FromDate(to) : null, month, month);
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
