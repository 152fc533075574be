using TargetsDashboard.Charts;

namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// A small SVG line chart of ranks: months along x, rank down y with 1 at the top. A month without a rank breaks
/// the line and draws no point. Only layout happens here; the ranks come from the engine through the view model.
/// </summary>
public partial class RankHistoryChart
{
    public const double Width = 760;
    public const double Height = 300;
    public const double Left = 44;
    public const double Right = 24;
    public const double Top = 16;
    public const double Bottom = 36;

    private static readonly PlotArea Area = new(Width, Height, Left, Right, Top, Bottom);

    private static readonly string[] Palette = ["#1f4e79", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457"];

    [Parameter, EditorRequired]
    public RankHistoryModel Model { get; set; } = RankHistoryModel.Empty;

    [Parameter]
    public string EmptyText { get; set; } = "Chưa chọn đơn vị nào.";

    private static double PlotHeight => Area.PlotHeight;

    private string AriaLabel => "Diễn biến thứ hạng của " + string.Join(", ", Model.Series.Select(s => s.UnitName));

    public static string Colour(int index) => Palette[index % Palette.Length];

    /// <summary>The x of the month at <paramref name="index"/>.</summary>
    public double X(int index) => MonthAxis.EdgeToEdge(Area, Model.Months.Count).X(index);

    /// <summary>The y of a rank: rank 1 at <see cref="Top"/>, <see cref="RankHistoryModel.MaxRank"/> at the bottom of the plot.</summary>
    public double Y(int rank) => Area.RankY(rank, Model.MaxRank);

    /// <summary>Up to six round ranks from 1 to the largest rank, always both ends.</summary>
    private IReadOnlyList<int> YTicks() => ChartGeometry.RankTicks(Model.MaxRank);

    /// <summary>The "x,y x,y" point lists of the runs of consecutive ranked months (two points or more).</summary>
    private IEnumerable<string> Runs(RankHistorySeries series) =>
        ChartGeometry.Runs(series.Ranks.Count, i => series.Ranks[i] is { } rank ? (X(i), Y(rank)) : null);

    public static string Fmt(double value) => ChartGeometry.Number(value);
}
