using System.Globalization;

namespace TargetsDashboard.Charts;

// The frame of an SVG chart: its viewBox and the margins kept for the axis labels, and how a ratio or a rank
// maps to y inside it. Plain arithmetic shared by the page charts and the PDF chart; each renderer only draws.
internal readonly record struct PlotArea(double Width, double Height, double Left, double Right, double Top, double Bottom)
{
    public double PlotWidth => Width - Left - Right;

    public double PlotHeight => Height - Top - Bottom;

    // The y of the x axis (0%, or the lowest rank).
    public double Baseline => Top + PlotHeight;

    // A ratio as y: 100% at the top, 0% on the baseline; outside 0–100% clamped to the frame.
    public double RatioY(decimal ratio) => Top + (PlotHeight * (1 - Math.Clamp((double)ratio, 0, 1)));

    // A rank as y: 1 at the top, lowestRank on the baseline.
    public double RankY(int rank, int lowestRank) => lowestRank <= 1
        ? Top
        : Top + ((rank - 1) * PlotHeight / (lowestRank - 1));
}

// Where the months stand along x: in equal slots (a point at each slot's centre) or edge to edge.
internal sealed class MonthAxis
{
    private readonly PlotArea _area;
    private readonly bool _slots;

    private MonthAxis(PlotArea area, int count, bool slots)
    {
        _area = area;
        _slots = slots;
        Count = count;
        Step = slots ? area.PlotWidth / Math.Max(1, count) : count > 1 ? area.PlotWidth / (count - 1) : 0;
    }

    public int Count { get; }

    // The distance between two neighbouring months.
    public double Step { get; }

    // Each month owns an equal slot of the plot and stands at its centre.
    public static MonthAxis Slots(PlotArea area, int count) => new(area, count, slots: true);

    // The first month on the left edge of the plot, the last on the right; a lone month in the middle.
    public static MonthAxis EdgeToEdge(PlotArea area, int count) => new(area, count, slots: false);

    public double X(int index) => _slots
        ? _area.Left + (Step * (index + 0.5))
        : Count <= 1
            ? _area.Left + (_area.PlotWidth / 2)
            : _area.Left + (index * _area.PlotWidth / (Count - 1));

    // The stretch of x a month's value covers (half a step either side), never beyond the first and last month's point on an edge-to-edge axis.
    public (double From, double To) Extent(int index)
    {
        var x = X(index);
        if (_slots)
        {
            return (x - (Step / 2), x + (Step / 2));
        }

        return (index == 0 ? x : x - (Step / 2), index == Count - 1 ? x : x + (Step / 2));
    }

    // Whether month index gets a label when at most maxLabels fit: evenly spaced, always the last month.
    public bool ShowLabel(int index, int maxLabels)
    {
        var every = (int)Math.Ceiling(Count / (double)maxLabels);
        return (Count - 1 - index) % every == 0;
    }
}

// What every SVG chart writes the same way: numbers, axis ticks and the broken lines of known values.
internal static class ChartGeometry
{
    // The ratio axis: 0%, 25%, 50%, 75%, 100%.
    public static IReadOnlyList<decimal> RatioTicks { get; } = [0m, 0.25m, 0.5m, 0.75m, 1m];

    // A coordinate or length as SVG and CSS read it: a dot, at most two decimals, whatever the page's culture.
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // Up to six round ranks from 1 to the lowest rank, always both ends.
    public static IReadOnlyList<int> RankTicks(int lowestRank)
    {
        var step = Math.Max(1, (int)Math.Ceiling((lowestRank - 1) / 5.0));
        step = step switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 5 => 5,
            <= 10 => 10,
            _ => (int)Math.Ceiling(step / 10.0) * 10,
        };
        var ticks = new List<int> { 1 };
        for (var t = step; t < lowestRank; t += step)
        {
            if (t > 1 && lowestRank - t >= step / 2.0)
            {
                ticks.Add(t);
            }
        }

        if (lowestRank > 1)
        {
            ticks.Add(lowestRank);
        }

        return ticks;
    }

    // The "x,y x,y" point lists of the runs of consecutive known values (two points or more): an unknown value
    // breaks the line and is never drawn as zero. pointAt gives null for an unknown value.
    public static IEnumerable<string> Runs(int count, Func<int, (double X, double Y)?> pointAt)
    {
        ArgumentNullException.ThrowIfNull(pointAt);
        var run = new List<string>();
        for (var i = 0; i <= count; i++)
        {
            if (i < count && pointAt(i) is { } point)
            {
                run.Add(Number(point.X) + "," + Number(point.Y));
                continue;
            }

            if (run.Count > 1)
            {
                yield return string.Join(' ', run);
            }

            run = [];
        }
    }
}
