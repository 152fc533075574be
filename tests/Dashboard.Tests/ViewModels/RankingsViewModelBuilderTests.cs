using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class RankingsViewModelBuilderTests
{
    private static readonly YearMonth September = new(2025, 9);
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public void Build_DepartmentsAndCommunes_TwoSeparateTablesEachRankedFromOne()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), null);

        Assert.Equal(2, model.Sections.Count);
        var departments = model.Sections[0];
        var communes = model.Sections[1];
        Assert.Equal("Sở, ban, ngành", departments.Title);
        Assert.Equal("Xã, phường", communes.Title);
        Assert.All(departments.Rows, r => Assert.Equal("Sở, ban, ngành", r.KindText));
        Assert.DoesNotContain(communes.Rows, r => r.KindText == "Sở, ban, ngành");
        Assert.Equal("1", departments.Rows[0].RankText);
        Assert.Equal("1", communes.Rows[0].RankText);
        Assert.Equal(["so-a", "so-b", "so-c"], departments.Rows.Select(r => r.UnitCode));
    }

    [Fact]
    public void Build_EqualScores_ShareRankAndNextRankSkips()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), null);

        var communes = model.Sections[1].Rows;
        Assert.Equal(["1", "1", "3"], communes.Where(r => r.Rank is not null).Select(r => r.RankText));
        Assert.Equal(communes[0].ScoreText, communes[1].ScoreText);
    }

    [Fact]
    public void Build_RankMovedSincePreviousMonth_ChangeHasSignAndArrow()
    {
        // September: Sở C first, Sở A second. October: Sở A first, Sở C third.
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), null);

        var rows = model.Sections[0].Rows.ToDictionary(r => r.UnitCode);
        Assert.Equal(1, rows["so-a"].RankChange);
        Assert.Equal("▲ 1", rows["so-a"].RankChangeText);
        Assert.Equal(-2, rows["so-c"].RankChange);
        Assert.Equal("▼ 2", rows["so-c"].RankChangeText);
        Assert.Equal("Tháng 09/2025", model.Heading.PreviousPeriodLabel);
    }

    [Fact]
    public void Build_UnitWithoutFigures_ListedLastWithDashAndNoScore()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), null);

        var last = model.Sections[1].Rows[^1];
        Assert.Equal("xa-silent", last.UnitCode);
        Assert.Null(last.Rank);
        Assert.Equal("–", last.RankText);
        Assert.Equal("Chưa có số liệu", last.ScoreText);
        Assert.All(last.Cells.Values, c => Assert.Equal(KpiStatus.Unknown, c.Status));
        Assert.Equal("0/2", last.MetText);
    }

    [Fact]
    public void Build_IndicatorUnknown_FlaggedByShortNameAndCellNeverZero()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), null);

        var partial = model.Sections[0].Rows.Single(r => r.UnitCode == "so-b");
        Assert.Equal(["Số hóa"], partial.UnknownIndicators);
        Assert.Equal("chưa có số liệu: Số hóa", partial.UnscoredText);
        Assert.True(model.AnyTargetInForce);
        Assert.Equal(KpiStatus.Unknown, partial.Cells["DIGITIZED"].Status);
        Assert.Equal("Chưa có", partial.Cells["DIGITIZED"].RatioText);
        Assert.Equal("1/2", partial.MetText);
        Assert.Equal("50,0/100", partial.ScoreText);
    }

    [Fact]
    public void Build_KnownValueButNoTargetInForce_FlagSaysNoTarget()
    {
        var december = new YearMonth(2024, 12);
        var snapshot = RankingFixture.Snapshot([new(1, "DIGITIZED", december, 80, 100)]);

        var model = RankingsViewModelBuilder.Build(snapshot, Period.ForMonth(december), null);

        var row = model.Sections[0].Rows.Single(r => r.UnitCode == "so-a");
        Assert.Equal(["Số hóa", "Toàn trình"], row.UnknownIndicators);
        Assert.Equal("chưa có số liệu: Toàn trình; chưa có chỉ tiêu: Số hóa", row.UnscoredText);
        Assert.False(model.AnyTargetInForce);
    }

    [Fact]
    public void Build_UnitsInQuery_HistoryHasTwelveMonthsAndGapsWhereUnranked()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), "so-c,xa-silent");

        Assert.Equal(["so-c", "xa-silent"], model.SelectedUnitCodes);
        Assert.Equal(12, model.History.Months.Count);
        Assert.Equal("11/2024", model.History.Months[0]);
        Assert.Equal("10/2025", model.History.Months[^1]);
        var department = model.History.Series[0];
        Assert.Equal("Sở C", department.UnitName);
        Assert.Equal([1, 3], department.Ranks.Skip(10));
        Assert.All(department.Ranks.Take(10), r => Assert.Null(r));
        Assert.All(model.History.Series[1].Ranks, r => Assert.Null(r));
        Assert.Equal(3, model.History.MaxRank);
        Assert.True(model.Sections[0].Rows.Single(r => r.UnitCode == "so-c").IsSelected);
    }

    [Fact]
    public void Build_SelectedUnit_ToggleLinkRemovesItAndOthersAddThemselves()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), "so-c");

        var rows = model.Sections[0].Rows.ToDictionary(r => r.UnitCode);
        Assert.Equal("/xep-hang?ky=2025-10", rows["so-c"].ToggleHref);
        Assert.Equal("/xep-hang?ky=2025-10&dv=so-c,so-a", rows["so-a"].ToggleHref);
        Assert.Equal("/don-vi/so-a?ky=2025-10", rows["so-a"].UnitHref);
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("", new string[0])]
    [InlineData("so-a", new[] { "so-a" })]
    [InlineData("so-a,khong-co,xa-b", new[] { "so-a", "xa-b" })]
    [InlineData(" xa-b , so-a ,xa-b,,", new[] { "xa-b", "so-a" })]
    [InlineData("SO-A", new[] { "so-a" })]
    public void ParseUnitCodes_Token_KeepsKnownCodesInOrderWithoutDuplicates(string? token, string[] expected)
    {
        var codes = ViewQuery.ParseUnitCodes(token, ["so-a", "xa-b", "xa-c"]);

        Assert.Equal(expected, codes);
    }

    [Fact]
    public void Build_UnknownCodeInQuery_IgnoredInChartAndSelection()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(October), "khong-co");

        Assert.Empty(model.SelectedUnitCodes);
        Assert.Empty(model.History.Series);
    }

    [Fact]
    public void Build_NoFigures_SaysNoPeriodAndNoData()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot([]), null, null);

        Assert.False(model.Heading.HasData);
        Assert.Empty(model.Sections);
        Assert.Equal("Chưa có kỳ báo cáo", model.Heading.PeriodLabel);
    }

    [Fact]
    public void Build_PreviousMonth_UsesThatMonthsRanks()
    {
        var model = RankingsViewModelBuilder.Build(RankingFixture.Snapshot(), Period.ForMonth(September), null);

        Assert.Equal("so-c", model.Sections[0].Rows[0].UnitCode);
        Assert.Null(model.Sections[0].Rows[0].RankChange);
    }
}

/// <summary>
/// Two indicators (DIGITIZED, FULL_ONLINE; both ≥ 70%, equal weights), three departments and four communes and wards.
/// October: Sở A 100 (both met), Sở B 50 (DIGITIZED unknown), Sở C 40 (both at 28%, 0,4 of the target);
/// Xã B and Phường D tie at 75, Xã E 25, Xã Silent has no figures. September: Sở C 100, Sở A 50.
/// </summary>
internal static class RankingFixture
{
    public static readonly YearMonth September = new(2025, 9);
    public static readonly YearMonth October = new(2025, 10);

    public static IReadOnlyList<Measurement> Figures { get; } =
    [
        new(1, "DIGITIZED", October, 80, 100), new(1, "FULL_ONLINE", October, 90, 100),
        new(2, "FULL_ONLINE", October, 70, 100),
        new(3, "DIGITIZED", October, 28, 100), new(3, "FULL_ONLINE", October, 28, 100),
        new(4, "DIGITIZED", October, 70, 100), new(4, "FULL_ONLINE", October, 35, 100),
        new(5, "DIGITIZED", October, 35, 100), new(5, "FULL_ONLINE", October, 70, 100),
        new(6, "DIGITIZED", October, 10, 100), new(6, "FULL_ONLINE", October, 25, 100),
        new(1, "DIGITIZED", September, 70, 100), new(1, "FULL_ONLINE", September, 0, 100),
        new(3, "DIGITIZED", September, 90, 100), new(3, "FULL_ONLINE", September, 90, 100),
    ];

    public static KpiSnapshot Snapshot() => Snapshot(Figures);

    public static KpiSnapshot Snapshot(IReadOnlyList<Measurement> figures, IReadOnlyList<UnitInfo>? units = null, IReadOnlyList<IndicatorInfo>? indicators = null)
    {
        indicators ??=
        [
            new IndicatorInfo("DIGITIZED", "Hồ sơ được số hóa", Aggregation.Flow, CountedOver.Dossiers, "hồ sơ được số hóa", 1),
            new IndicatorInfo("FULL_ONLINE", "DVCTT toàn trình", Aggregation.Stock, CountedOver.Procedures, "thủ tục toàn trình", 2),
        ];
        var engine = new KpiEngine(
            units ?? Units,
            indicators,
            indicators.Select((i, n) => new TargetRule(n + 1, i.Code, 0.7m, Comparison.AtLeast, new YearMonth(2025, 1), null, null, "Công văn 4912/UBND-HCC")).ToList(),
            figures);
        var details = indicators.ToDictionary(
            i => i.Code,
            i => new IndicatorDetails(i.Code, i.NameVi, i.Code, ShortNames.GetValueOrDefault(i.Code, i.Code), "tử", "mẫu", false, null));
        return new KpiSnapshot(engine, false, null, details, September);
    }

    public static IReadOnlyList<UnitInfo> Units { get; } =
    [
        new(1, "so-a", "Sở A", UnitKind.Department),
        new(2, "so-b", "Sở B", UnitKind.Department),
        new(3, "so-c", "Sở C", UnitKind.Department),
        new(4, "xa-b", "Xã B", UnitKind.Commune),
        new(5, "phuong-d", "Phường D", UnitKind.Ward),
        new(6, "xa-e", "Xã E", UnitKind.Commune),
        new(7, "xa-silent", "Xã Silent", UnitKind.Commune),
    ];

    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["DIGITIZED"] = "Số hóa",
        ["FULL_ONLINE"] = "Toàn trình",
    };
}
