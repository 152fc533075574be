using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

public class OverviewGridTests
{
    private static readonly OverviewRow[] Rows =
    [
        Row("xa-an", "Xã Ân Hòa", rank: 2, score: 80, ratio: 0.65m, KpiStatus.NotMet, gap: 5),
        Row("xa-bao", "Xã Bảo Vinh", rank: 1, score: 90, ratio: 0.9m, KpiStatus.Met, gap: null),
        Row("xa-dak", "Xã Đắk Lua", rank: null, score: 0, ratio: null, KpiStatus.Unknown, gap: null),
        Row("xa-dau", "Xã Dầu Giây", rank: 3, score: 40, ratio: 0.2m, KpiStatus.NotMet, gap: 50),
    ];

    [Fact]
    public void Apply_NoSort_OrdersByRankWithUnrankedLast()
    {
        var sorted = OverviewGrid.Apply(Rows, null, null, false);

        Assert.Equal(["xa-bao", "xa-an", "xa-dau", "xa-dak"], sorted.Select(r => r.UnitCode));
    }

    [Fact]
    public void Apply_SortByRatioDescending_KeepsUnknownLast()
    {
        var sorted = OverviewGrid.Apply(Rows, null, "DIGITIZED", true);

        Assert.Equal(["xa-bao", "xa-an", "xa-dau", "xa-dak"], sorted.Select(r => r.UnitCode));
    }

    [Fact]
    public void Apply_SortByRatioAscending_StillKeepsUnknownLast()
    {
        var sorted = OverviewGrid.Apply(Rows, null, "DIGITIZED", false);

        Assert.Equal(["xa-dau", "xa-an", "xa-bao", "xa-dak"], sorted.Select(r => r.UnitCode));
    }

    [Fact]
    public void Apply_SortByGapDescending_PutsFurthestBehindFirstAndMetAsZero()
    {
        var sorted = OverviewGrid.Apply(Rows, null, OverviewGrid.GapPrefix + "DIGITIZED", true);

        Assert.Equal(["xa-dau", "xa-an", "xa-bao", "xa-dak"], sorted.Select(r => r.UnitCode));
    }

    [Fact]
    public void Apply_SortByName_UsesVietnameseAlphabet()
    {
        var sorted = OverviewGrid.Apply(Rows, null, OverviewGrid.ByName, false);

        // Vietnamese order: A < Â < B < D < Đ.
        Assert.Equal(["xa-an", "xa-bao", "xa-dau", "xa-dak"], sorted.Select(r => r.UnitCode));
    }

    [Theory]
    [InlineData("dak", "xa-dak")]
    [InlineData("Đắk", "xa-dak")]
    [InlineData("bảo", "xa-bao")]
    public void Apply_Filter_MatchesNamesWithOrWithoutDiacritics(string filter, string expected)
    {
        var filtered = OverviewGrid.Apply(Rows, filter, null, false);

        Assert.Equal([expected], filtered.Select(r => r.UnitCode));
    }

    [Theory]
    [InlineData(1, 0, 120)]
    [InlineData(3, 240, 10)]
    [InlineData(99, 240, 10)]
    [InlineData(0, 0, 120)]
    public void Page_250Rows_GivesPagesOf120AndClampsOutOfRangePages(int requested, int offset, int count)
    {
        var rows = Enumerable.Range(1, 250).Select(i => Row($"xa-{i}", $"Xã {i}", i, 50, 0.5m, KpiStatus.NotMet, 20)).ToList();

        var page = OverviewGrid.Page(rows, requested);

        Assert.Equal(3, page.PageCount);
        Assert.Equal(250, page.FilteredCount);
        Assert.Equal(offset, page.Offset);
        Assert.Equal(count, page.Rows.Count);
        Assert.Equal($"xa-{offset + 1}", page.Rows[0].UnitCode);
    }

    [Fact]
    public void Page_ProvinceOf110Units_FitsOnOnePage()
    {
        var rows = Enumerable.Range(1, 110).Select(i => Row($"xa-{i}", $"Xã {i}", i, 50, 0.5m, KpiStatus.NotMet, 20)).ToList();

        Assert.Equal(1, OverviewGrid.Page(rows, 1).PageCount);
    }

    private static OverviewRow Row(string code, string name, int? rank, decimal score, decimal? ratio, KpiStatus status, decimal? gap) =>
        new(
            1,
            code,
            name,
            "Xã",
            score,
            score.ToString(System.Globalization.CultureInfo.InvariantCulture),
            rank,
            null,
            new Dictionary<string, GridCell> { ["DIGITIZED"] = new(status, ratio, ratio?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Chưa có", string.Empty, gap, false) });
}
