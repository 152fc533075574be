namespace TargetsDashboard.Kpi.Tests;

/// <summary>Small hand-made provinces for the tests.</summary>
internal static class TestData
{
    public const string Flow = "DIGITIZED";
    public const string Stock = "FULL_ONLINE";

    public const int Commune = 1;
    public const int Ward = 2;
    public const int Department = 3;

    public static readonly IndicatorInfo FlowIndicator =
        new(Flow, "Hồ sơ, kết quả giải quyết TTHC được số hóa", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ được số hóa", 2);

    public static readonly IndicatorInfo StockIndicator =
        new(Stock, "Dịch vụ công trực tuyến toàn trình", Aggregation.Stock, CountedOver.Procedures, "thủ tục toàn trình", 1);

    public static readonly UnitInfo[] DefaultUnits =
    [
        new(Commune, "X01", "Xã An Bình", UnitKind.Commune),
        new(Ward, "P01", "Phường Bửu Long", UnitKind.Ward),
        new(Department, "S01", "Sở Tư pháp", UnitKind.Department),
    ];

    public static YearMonth M(int year, int month) => new(year, month);

    public static Period Month(int year, int month) => Period.ForMonth(new YearMonth(year, month));

    public static Measurement Fig(int unitId, string code, int year, int month, long numerator, long denominator) =>
        new(unitId, code, new YearMonth(year, month), numerator, denominator);

    public static TargetRule Rule(
        string code,
        decimal threshold,
        YearMonth from,
        YearMonth? to = null,
        UnitKind? kind = null,
        Comparison comparison = Comparison.AtLeast,
        int id = 0) =>
        new(id, code, threshold, comparison, from, to, kind, "Công văn 4912/UBND-HCC ngày 26/04/2025");

    /// <summary>DIGITIZED ≥ 70%, FULL_ONLINE ≥ 80%, both from 01/2025, for every kind.</summary>
    public static TargetRule[] DefaultTargets() =>
    [
        Rule(Flow, 0.7m, M(2025, 1), id: 1),
        Rule(Stock, 0.8m, M(2025, 1), id: 2),
    ];

    public static KpiEngine Engine(
        IEnumerable<Measurement> measurements,
        IReadOnlyList<UnitInfo>? units = null,
        IReadOnlyList<TargetRule>? targets = null,
        KpiSettings? settings = null,
        IReadOnlyList<IndicatorInfo>? indicators = null) =>
        new(
            units ?? DefaultUnits,
            indicators ?? [FlowIndicator, StockIndicator],
            targets ?? DefaultTargets(),
            measurements,
            settings);
}
