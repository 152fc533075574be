using TargetsDashboard.Charts;

namespace TargetsDashboard.Dashboard.Tests.Charts;

/// <summary>The arithmetic the page charts and the PDF chart share: where a month, a ratio and a rank stand.</summary>
public class ChartGeometryTests
{
    private static readonly PlotArea Area = new(Width: 120, Height: 60, Left: 10, Right: 10, Top: 5, Bottom: 15);

    [Fact]
    public void RatioY_FullEmptyAndOutOfRange_TopBaselineAndClamped()
    {
        Assert.Equal(5, Area.RatioY(1m));
        Assert.Equal(45, Area.RatioY(0m));
        Assert.Equal(25, Area.RatioY(0.5m));
        Assert.Equal(5, Area.RatioY(1.2m));
        Assert.Equal(45, Area.RatioY(-0.1m));
    }

    [Fact]
    public void RankY_FirstAndLowest_TopAndBaseline()
    {
        Assert.Equal(Area.Top, Area.RankY(1, 5));
        Assert.Equal(Area.Baseline, Area.RankY(5, 5));
        Assert.Equal(Area.Top, Area.RankY(1, 1));
    }

    [Fact]
    public void Slots_FourMonths_PointsAtSlotCentresAndExtentsTouch()
    {
        var axis = MonthAxis.Slots(Area, 4);

        Assert.Equal([22.5, 47.5, 72.5, 97.5], Enumerable.Range(0, 4).Select(axis.X));
        Assert.Equal((10d, 35d), axis.Extent(0));
        Assert.Equal((85d, 110d), axis.Extent(3));
    }

    [Fact]
    public void EdgeToEdge_FiveMonths_FirstAndLastOnTheEdgesExtentsStopThere()
    {
        var axis = MonthAxis.EdgeToEdge(Area, 5);

        Assert.Equal([10d, 35d, 60d, 85d, 110d], Enumerable.Range(0, 5).Select(axis.X));
        Assert.Equal((10d, 22.5d), axis.Extent(0));
        Assert.Equal((47.5d, 72.5d), axis.Extent(2));
        Assert.Equal((97.5d, 110d), axis.Extent(4));
        Assert.Equal(60, MonthAxis.EdgeToEdge(Area, 1).X(0));
    }

    [Fact]
    public void ShowLabel_TwentyFourMonthsTwelveLabels_EveryOtherEndingWithTheLast()
    {
        var axis = MonthAxis.Slots(Area, 24);

        var shown = Enumerable.Range(0, 24).Where(i => axis.ShowLabel(i, 12)).ToList();

        Assert.Equal(12, shown.Count);
        Assert.Equal(23, shown[^1]);
        Assert.All(shown, i => Assert.Equal(1, i % 2));
    }

    [Fact]
    public void Runs_UnknownInTheMiddleAndALoneKnown_BreakTheLineAndDrawNoSinglePointRun()
    {
        decimal?[] ratios = [0.5m, 0.6m, null, 0.7m, null, 0.8m, 0.9m, 1m];
        var axis = MonthAxis.EdgeToEdge(Area, ratios.Length);

        var runs = ChartGeometry.Runs(ratios.Length, i => ratios[i] is { } r ? (axis.X(i), Area.RatioY(r)) : null).ToList();

        Assert.Equal(2, runs.Count);
        Assert.Equal("10,25 24.29,21", runs[0]);
        Assert.Equal(3, runs[1].Split(' ').Length);
    }

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(15, new[] { 1, 5, 10, 15 })]
    [InlineData(93, new[] { 1, 20, 40, 60, 80, 93 })]
    public void RankTicks_LowestRank_RoundStepsAndBothEnds(int lowestRank, int[] expected) =>
        Assert.Equal(expected, ChartGeometry.RankTicks(lowestRank));

    [Fact]
    public void Number_AnyCulture_DotAndAtMostTwoDecimals()
    {
        Assert.Equal("22.86", ChartGeometry.Number(22.857142));
        Assert.Equal("720", ChartGeometry.Number(720));
    }
}
