using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// Ratio month by month (y from 0 to 100%) with the target as a dashed step line. An unknown month breaks the line
/// and draws no point: it is never drawn as 0%.
/// </summary>
public partial class TrendChart
{
    private const double Width = 720;
    private const double Height = 250;
    private const double Left = 48;
    private const double Right = 12;
    private const double Top = 12;
    private const double Bottom = 36;
    private const int MaxLabels = 12;

    private static readonly decimal[] YTicks = [0m, 0.25m, 0.5m, 0.75m, 1m];

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

    private double Step => (Width - Left - Right) / Math.Max(1, Points.Count);

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
    private IEnumerable<string> RatioRuns
    {
        get
        {
            var run = new List<string>();
            for (var i = 0; i <= Points.Count; i++)
            {
                if (i < Points.Count && Points[i].Ratio is { } ratio)
                {
                    run.Add($"{F(X(i))},{F(Y(ratio))}");
                    continue;
                }

                if (run.Count > 1)
                {
                    yield return string.Join(' ', run);
                }

                run.Clear();
            }
        }
    }

    /// <summary>The target as a step line: level across each month's slot, vertical where it changes, broken where none is in force.</summary>
    private string TargetPath
    {
        get
        {
            var path = new StringBuilder();
            decimal? previous = null;
            for (var i = 0; i < Points.Count; i++)
            {
                if (Points[i].Target is not { } target)
                {
                    previous = null;
                    continue;
                }

                var left = X(i) - (Step / 2);
                var right = X(i) + (Step / 2);
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

    private double X(int index) => Left + (Step * (index + 0.5));

    private static double Y(decimal ratio) => Top + ((Height - Top - Bottom) * (1 - Math.Clamp((double)ratio, 0, 1)));

    private bool ShowLabel(int index)
    {
        var every = (int)Math.Ceiling(Points.Count / (double)MaxLabels);
        return (Points.Count - 1 - index) % every == 0;
    }

    /// <summary>SVG coordinates are always written with a dot, whatever the page's culture.</summary>
    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
