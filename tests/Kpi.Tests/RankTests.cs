using static TargetsDashboard.Kpi.Tests.TestData;

namespace TargetsDashboard.Kpi.Tests;

public sealed class RankTests
{
    private static readonly UnitInfo A = new(11, "XA", "Xã A", UnitKind.Commune);
    private static readonly UnitInfo B = new(12, "XB", "Xã B", UnitKind.Commune);
    private static readonly UnitInfo C = new(13, "XC", "Xã C", UnitKind.Commune);
    private static readonly UnitInfo D = new(14, "XD", "Xã D", UnitKind.Commune);

    /// <summary>One indicator, DIGITIZED ≥ 80%, so a unit's score is 100 × min(ratio / 0.8, 1).</summary>
    private static KpiEngine OneIndicator(IEnumerable<Measurement> measurements, IReadOnlyList<UnitInfo> units) =>
        Engine(measurements, units, [Rule(Flow, 0.8m, M(2025, 1))], indicators: [FlowIndicator]);

    [Fact]
    public void Rank_TiedScores_ShareRankCompetitionStyle()
    {
        // A 80/100 → 100; B 40/100 → 0.4 / 0.8 = 50; C 20/50 → 50; D 20/100 → 25. Ranks 1, 2, 2, 4 (B before C by name).
        var engine = OneIndicator(
        [
            Fig(A.UnitId, Flow, 2025, 7, 80, 100),
            Fig(B.UnitId, Flow, 2025, 7, 40, 100),
            Fig(C.UnitId, Flow, 2025, 7, 20, 50),
            Fig(D.UnitId, Flow, 2025, 7, 20, 100),
        ],
            [D, C, B, A]);

        var ranking = engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 7));

        Assert.Equal(["Xã A", "Xã B", "Xã C", "Xã D"], ranking.Entries.Select(e => e.Score.Unit.Name));
        Assert.Equal([1, 2, 2, 4], ranking.Entries.Select(e => e.Rank));
        Assert.Equal([100m, 50m, 50m, 25m], ranking.Entries.Select(e => e.Score.Score));
    }

    [Fact]
    public void Rank_ComparedWithPreviousMonth_ReportsRankChange()
    {
        // August: A 100, B 50, C 25 → 1, 2, 3. September: C 100, A 50, B 25 → C ▲2, A ▼1, B ▼1.
        var engine = OneIndicator(
        [
            Fig(A.UnitId, Flow, 2025, 8, 80, 100),
            Fig(B.UnitId, Flow, 2025, 8, 40, 100),
            Fig(C.UnitId, Flow, 2025, 8, 20, 100),
            Fig(C.UnitId, Flow, 2025, 9, 80, 100),
            Fig(A.UnitId, Flow, 2025, 9, 40, 100),
            Fig(B.UnitId, Flow, 2025, 9, 20, 100),
        ],
            [A, B, C]);

        var entries = engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 9)).Entries;

        Assert.Equal(["Xã C", "Xã A", "Xã B"], entries.Select(e => e.Score.Unit.Name));
        Assert.Equal([3, 1, 2], entries.Select(e => e.PreviousRank));
        Assert.Equal([2, -1, -1], entries.Select(e => e.RankChange));
        // July had no data at all: August has no previous rank.
        Assert.All(engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 8)).Entries, e => Assert.Null(e.RankChange));
    }

    [Fact]
    public void Rank_UnitWithNoData_RankNullAndLast()
    {
        // A sorts first by name but has nothing; C sent only a zero denominator: both unranked, by name, after B.
        var engine = OneIndicator(
        [
            Fig(B.UnitId, Flow, 2025, 7, 10, 100),
            Fig(C.UnitId, Flow, 2025, 7, 0, 0),
        ],
            [A, B, C]);

        var entries = engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 7)).Entries;

        Assert.Equal(["Xã B", "Xã A", "Xã C"], entries.Select(e => e.Score.Unit.Name));
        Assert.Equal([1, null, null], entries.Select(e => e.Rank));
        Assert.Equal([Flow], entries[1].Score.UnknownIndicators);
    }

    [Fact]
    public void Rank_MonthBeforeAnyTargetIsInForce_NobodyIsRanked()
    {
        // The target starts in 01/2025: December 2024 figures are known but cannot be judged, so no rank 1 for all.
        var engine = OneIndicator(
        [
            Fig(A.UnitId, Flow, 2024, 12, 80, 100),
            Fig(B.UnitId, Flow, 2024, 12, 10, 100),
        ],
            [A, B]);

        var entries = engine.Rank(PeerGroup.CommunesAndWards, Month(2024, 12)).Entries;

        Assert.All(entries, e => Assert.Null(e.Rank));
        Assert.All(entries, e => Assert.True(e.Score.HasAnyData));
    }

    [Fact]
    public void Rank_PeerGroupAndActivity_OnlyActivePeersRanked()
    {
        // The department ranks separately; A left in June (not in Q3); D joined in August (in Q3).
        var leftInJune = A with { ActiveTo = M(2025, 6) };
        var joinedInAugust = D with { ActiveFrom = M(2025, 8) };
        var ward = new UnitInfo(15, "PE", "Phường E", UnitKind.Ward);
        var department = new UnitInfo(16, "SF", "Sở F", UnitKind.Department);
        var engine = OneIndicator([], [leftInJune, joinedInAugust, ward, department]);

        var communes = engine.Rank(PeerGroup.CommunesAndWards, Period.ForQuarter(2025, 3));
        var departments = engine.Rank(PeerGroup.Departments, Period.ForQuarter(2025, 3));

        Assert.Equal([14, 15], communes.Entries.Select(e => e.Score.Unit.UnitId).Order());
        Assert.Equal([16], departments.Entries.Select(e => e.Score.Unit.UnitId));
    }

    [Fact]
    public void RankHistory_OverMonths_ReturnsRankAndScorePerPeriod()
    {
        // C: August 25 points, 3rd; September 100 points, 1st; October no data, no rank.
        var engine = OneIndicator(
        [
            Fig(A.UnitId, Flow, 2025, 8, 80, 100),
            Fig(B.UnitId, Flow, 2025, 8, 40, 100),
            Fig(C.UnitId, Flow, 2025, 8, 20, 100),
            Fig(C.UnitId, Flow, 2025, 9, 80, 100),
            Fig(A.UnitId, Flow, 2025, 9, 40, 100),
            Fig(A.UnitId, Flow, 2025, 10, 40, 100),
        ],
            [A, B, C]);

        var history = engine.RankHistory(C.UnitId, [Month(2025, 8), Month(2025, 9), Month(2025, 10)]);

        Assert.Equal([3, 1, null], history.Select(h => h.Rank));
        Assert.Equal([25m, 100m, null], history.Select(h => h.Score));
    }

    [Fact]
    public void Rank_ThreeThousandCommunesFiveIndicators_RanksAll()
    {
        const int unitCount = 3000;
        IndicatorInfo[] indicators =
        [
            new("NON_BOUNDARY", "Phi địa giới", Aggregation.Stock, CountedOver.Procedures, "thủ tục", 1),
            new("CONTACTLESS", "Phi tiếp xúc", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ", 2),
            new("DIGITIZED", "Số hóa", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ", 3),
            new("FULL_ONLINE", "Toàn trình", Aggregation.Stock, CountedOver.Procedures, "thủ tục", 4),
            new("ONLINE_PROCESSED", "Xử lý trực tuyến", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ", 5),
        ];
        var units = Enumerable.Range(1, unitCount)
            .Select(i => new UnitInfo(i, $"X{i:0000}", $"Xã {i:0000}", i % 3 == 0 ? UnitKind.Ward : UnitKind.Commune))
            .ToList();
        var targets = indicators.Select((ind, i) => Rule(ind.Code, 0.7m, M(2025, 1), id: i)).ToList();
        var measurements =
            from unit in units
            from ind in indicators.Select((ind, i) => (ind.Code, Offset: i * 13))
            from month in Enumerable.Range(1, 12)
            select Fig(unit.UnitId, ind.Code, 2025, month, ((unit.UnitId * 7) + ind.Offset + month) % 101, 100);
        var engine = new KpiEngine(units, indicators, targets, measurements);

        var entries = engine.Rank(PeerGroup.CommunesAndWards, Month(2025, 12)).Entries;

        Assert.Equal(unitCount, entries.Count);
        Assert.Equal(1, entries[0].Rank);
        Assert.All(entries, e => Assert.NotNull(e.Rank));
        Assert.All(entries, e => Assert.NotNull(e.PreviousRank));
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.True(entries[i].Rank >= entries[i - 1].Rank);
            // Ties are scores equal to four decimals, so compare at that precision.
            Assert.True(Math.Round(entries[i].Score.Score, 4) <= Math.Round(entries[i - 1].Score.Score, 4));
        }

        Assert.Equal(unitCount, engine.Total("DIGITIZED", null, Period.ForYear(2025)).UnitsReported);
    }
}
