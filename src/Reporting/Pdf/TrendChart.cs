using TargetsDashboard.Charts;

namespace TargetsDashboard.Reporting.Pdf;

/// <summary>A small inline SVG line chart of one indicator over 12 months, with its target as a dashed line. No script.</summary>
internal static class TrendChart
{
    private static readonly PlotArea Area = new(Width: 300, Height: 58, Left: 26, Right: 6, Top: 5, Bottom: 13);

    public static void Write(HtmlWriter html, IReadOnlyList<TrendPoint> points)
    {
        var axis = MonthAxis.EdgeToEdge(Area, points.Count);
        double X(int i) => axis.X(i);
        double Y(decimal ratio) => Area.RatioY(ratio);

        html.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {ChartGeometry.Number(Area.Width)} {ChartGeometry.Number(Area.Height)}\" font-family=\"Liberation Serif, Times New Roman, serif\" font-size=\"8\">");

        // Axis frame and the 0% / 100% labels.
        html.Raw($"<line x1=\"{ChartGeometry.Number(Area.Left)}\" y1=\"{ChartGeometry.Number(Area.Top)}\" x2=\"{ChartGeometry.Number(Area.Left)}\" y2=\"{ChartGeometry.Number(Area.Baseline)}\" stroke=\"#888\" stroke-width=\"0.5\"/>");
        html.Raw($"<line x1=\"{ChartGeometry.Number(Area.Left)}\" y1=\"{ChartGeometry.Number(Area.Baseline)}\" x2=\"{ChartGeometry.Number(Area.Width - Area.Right)}\" y2=\"{ChartGeometry.Number(Area.Baseline)}\" stroke=\"#888\" stroke-width=\"0.5\"/>");
        html.Raw($"<text x=\"{ChartGeometry.Number(Area.Left - 2)}\" y=\"{ChartGeometry.Number(Area.Top + 3)}\" text-anchor=\"end\">100%</text>");
        html.Raw($"<text x=\"{ChartGeometry.Number(Area.Left - 2)}\" y=\"{ChartGeometry.Number(Area.Baseline)}\" text-anchor=\"end\">0%</text>");

        // The target in force, month by month, as a dashed step line.
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Threshold is { } threshold)
            {
                var (x1, x2) = axis.Extent(i);
                html.Raw($"<line x1=\"{ChartGeometry.Number(x1)}\" y1=\"{ChartGeometry.Number(Y(threshold))}\" x2=\"{ChartGeometry.Number(x2)}\" y2=\"{ChartGeometry.Number(Y(threshold))}\" stroke=\"#b00\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>");
            }
        }

        // The ratio, broken where a month is unknown (never drawn as 0%).
        foreach (var run in ChartGeometry.Runs(points.Count, i => points[i].Ratio is { } ratio ? (X(i), Y(ratio)) : null))
        {
            html.Raw($"<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"1.2\" points=\"{run}\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Ratio is { } ratio)
            {
                var fill = points[i].Status == KpiStatus.Met ? "#000" : "#fff";
                html.Raw($"<circle cx=\"{ChartGeometry.Number(X(i))}\" cy=\"{ChartGeometry.Number(Y(ratio))}\" r=\"1.8\" fill=\"{fill}\" stroke=\"#000\" stroke-width=\"0.8\"/>");
            }
            else
            {
                html.Raw($"<text x=\"{ChartGeometry.Number(X(i))}\" y=\"{ChartGeometry.Number(Area.Baseline - 2)}\" text-anchor=\"middle\" fill=\"#666\">?</text>");
            }
        }

        if (points.Count > 0)
        {
            html.Raw($"<text x=\"{ChartGeometry.Number(X(0))}\" y=\"{ChartGeometry.Number(Area.Height - 2)}\" text-anchor=\"start\">");
            html.Text(VietnameseFormat.Month(points[0].Month)).Raw("</text>");
            html.Raw($"<text x=\"{ChartGeometry.Number(X(points.Count - 1))}\" y=\"{ChartGeometry.Number(Area.Height - 2)}\" text-anchor=\"end\">");
            html.Text(VietnameseFormat.Month(points[^1].Month)).Raw("</text>");
        }

        html.Raw("</svg>");
    }
}
