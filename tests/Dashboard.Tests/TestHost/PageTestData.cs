using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// A small hand-built world: two departments and two communes, one flow indicator at ≥ 70% from 01/2025.
/// October: so-a 90/100, so-b 50/100, xa-b 1/10, xa-c nothing. September: so-a 35/100, so-b 60/100, xa-b 5/10.
/// August: so-a 0/0 (sent, but a zero denominator: unknown).
/// </summary>
internal static class PageTestData
{
    public static readonly YearMonth October = new(2025, 10);
    public static readonly YearMonth September = new(2025, 9);
    public static readonly YearMonth August = new(2025, 8);

    public static KpiSnapshot Snapshot() => Snapshot(
    [
        new(1, "DIGITIZED", October, 90, 100),
        new(4, "DIGITIZED", October, 50, 100),
        new(2, "DIGITIZED", October, 1, 10),
        new(1, "DIGITIZED", September, 35, 100),
        new(4, "DIGITIZED", September, 60, 100),
        new(2, "DIGITIZED", September, 5, 10),
        new(1, "DIGITIZED", August, 0, 0),
    ]);

    public static KpiSnapshot Snapshot(IReadOnlyList<Measurement> figures)
    {
        var engine = new KpiEngine(
            [
                new UnitInfo(1, "so-a", "Sở A", UnitKind.Department),
                new UnitInfo(2, "xa-b", "Xã B", UnitKind.Commune),
                new UnitInfo(3, "xa-c", "Xã C", UnitKind.Commune),
                new UnitInfo(4, "so-b", "Sở B", UnitKind.Department),
            ],
            [new IndicatorInfo("DIGITIZED", "Hồ sơ được số hóa", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ được số hóa")],
            [new TargetRule(1, "DIGITIZED", 0.7m, Comparison.AtLeast, new YearMonth(2025, 1), null, null, "Công văn 4912/UBND-HCC")],
            figures);
        var details = new Dictionary<string, IndicatorDetails>
        {
            ["DIGITIZED"] = new("DIGITIZED", "Hồ sơ được số hóa", "Dossiers digitised", "Số hóa", "Số hồ sơ được số hóa", "Tổng số hồ sơ đã giải quyết", false, "Quyết định 766/QĐ-TTg"),
        };
        return new KpiSnapshot(engine, false, null, details);
    }
}
