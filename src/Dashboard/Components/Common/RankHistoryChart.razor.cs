using System.Globalization;
using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;

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

    private static readonly string[] Palette = ["#1f4e79", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037", "#ad1457"];

    [Parameter, EditorRequired]
    public RankHistoryModel Model { get; set; } = RankHistoryModel.Empty;

    [Parameter]
    public string EmptyText { get; set; } = "Chưa chọn đơn vị nào.";

    private static double PlotHeight => Height - Top - Bottom;

    private string AriaLabel => "Diễn biến thứ hạng của " + string.Join(", ", Model.Series.Select(s => s.UnitName));

    public static string Colour(int index) => Palette[index % Palette.Length];

    /// <summary>The x of the month at <paramref name="index"/>.</summary>
    public double X(int index) => Model.Months.Count <= 1
        ? Left + ((Width - Left - Right) / 2)
        : Left + (index * (Width - Left - Right) / (Model.Months.Count - 1));

    /// <summary>The y of a rank: rank 1 at <see cref="Top"/>, <see cref="RankHistoryModel.MaxRank"/> at the bottom of the plot.</summary>
    public double Y(int rank) => Model.MaxRank <= 1
        ? Top
        : Top + ((rank - 1) * PlotHeight / (Model.MaxRank - 1));

    /// <summary>Up to six round ranks from 1 to the largest rank, always both ends.</summary>
    private List<int> YTicks()
    {
        var max = Model.MaxRank;
        var step = Math.Max(1, (int)Math.Ceiling((max - 1) / 5.0));
        step = step switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 5 => 5,
            <= 10 => 10,
            _ => (int)Math.Ceiling(step / 10.0) * 10,
        };
        var ticks = new List<int> { 1 };
        for (var t = step; t < max; t += step)
        {
            if (t > 1 && max - t >= step / 2.0)
            {
                ticks.Add(t);
            }
        }

        if (max > 1)
        {
            ticks.Add(max);
        }

        return ticks;
    }

    /// <summary>The "x,y x,y" point lists of the runs of consecutive ranked months (two points or more).</summary>
    private IEnumerable<string> Runs(RankHistorySeries series)
    {
        var run = new List<string>();
        for (var i = 0; i <= series.Ranks.Count; i++)
        {
            if (i < series.Ranks.Count && series.Ranks[i] is { } rank)
            {
                run.Add($"{Fmt(X(i))},{Fmt(Y(rank))}");
                continue;
            }

            if (run.Count >= 2)
            {
                yield return string.Join(' ', run);
            }

            run = [];
        }
    }

    public static string Fmt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
