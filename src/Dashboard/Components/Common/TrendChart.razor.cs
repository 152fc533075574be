using System.Globalization;
using System.Text;
using TargetsDashboard.Charts;

namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// Ratio month by month (y from 0 to 100%) with the target as a dashed step line. An unknown month breaks the line
/// and draws no point: it is never drawn as 0%.
/// </summary>
public partial class TrendChart
{
    private const int MaxLabels = 12;

    private static readonly PlotArea Area = new(Width: 720, Height: 250, Left: 48, Right: 12, Top: 12, Bottom: 36);

    [Parameter, EditorRequired]
    public IReadOnlyList<TrendPoint> Points { get; set; } = [];

    /// <summary>Names the chart for screen readers and captions its table.</summary>
    [Parameter, EditorRequired]
    public string Title { get; set; } = string.Empty;

    /// <summary>Prefix of the element ids that tie the SVG to its title and description; unique on a page.</summary>
    [Parameter]
    public string Id { get; set; } = "trend";

    [Parameter]
    public bool TableOpen { get; set; } = true;

    private bool HasAnyRatio => Points.Any(p => p.Ratio is not null);

    private static double Width => Area.Width;

    private static double Height => Area.Height;

    private static double Left => Area.Left;

    private static double Right => Area.Right;

    private static double Bottom => Area.Bottom;

    private static IReadOnlyList<decimal> YTicks => ChartGeometry.RatioTicks;

    /// <summary>Each month in its own slot, so the target's step line can cover the whole month.</summary>
    private MonthAxis Axis => MonthAxis.Slots(Area, Points.Count);

    /// <summary>What the chart shows, in words: every month with its ratio and target.</summary>
    private string Description
    {
        get
        {
            if (Points.Count == 0)
            {
                return "Không có tháng nào.";
            }

            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"Tỷ lệ theo tháng từ {Points[0].MonthLabel} đến {Points[^1].MonthLabel} so với chỉ tiêu. ");
            text.AppendJoin("; ", Points.Select(p => $"{p.MonthLabel}: {p.RatioText} (chỉ tiêu {p.TargetText}, {p.StatusText})"));
            text.Append('.');
            return text.ToString();
        }
    }

    /// <summary>Runs of consecutive known months as SVG polyline points; a run of one month is drawn by its point alone.</summary>
    private IEnumerable<string> RatioRuns =>
        ChartGeometry.Runs(Points.Count, i => Points[i].Ratio is { } ratio ? (X(i), Y(ratio)) : null);

    /// <summary>The target as a step line: level across each month's slot, vertical where it changes, broken where none is in force.</summary>
    private string TargetPath
    {
        get
        {
            var path = new StringBuilder();
            var axis = Axis;
            decimal? previous = null;
            for (var i = 0; i < Points.Count; i++)
            {
                if (Points[i].Target is not { } target)
                {
                    previous = null;
                    continue;
                }

                var (left, right) = axis.Extent(i);
                if (previous is null)
                {
                    path.Append(CultureInfo.InvariantCulture, $"M {F(left)} {F(Y(target))} ");
                }
                else if (previous != target)
                {
                    path.Append(CultureInfo.InvariantCulture, $"V {F(Y(target))} ");
                }

                path.Append(CultureInfo.InvariantCulture, $"H {F(right)} ");
                previous = target;
            }

            return path.ToString().TrimEnd();
        }
    }

    private double X(int index) => Axis.X(index);

    private static double Y(decimal ratio) => Area.RatioY(ratio);

    private bool ShowLabel(int index) => Axis.ShowLabel(index, MaxLabels);

    /// <summary>SVG coordinates are always written with a dot, whatever the page's culture.</summary>
    private static string F(double value) => ChartGeometry.Number(value);
}
