using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Reporting.Pdf;

/// <summary>A small inline SVG line chart of one indicator over 12 months, with its target as a dashed line. No script.</summary>
internal static class TrendChart
{
    private const double Width = 300;
    private const double Height = 58;
    private const double Left = 26;
    private const double Right = 6;
    private const double Top = 5;
    private const double Bottom = 13;

    public static void Write(HtmlWriter html, IReadOnlyList<TrendPoint> points)
    {
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var step = points.Count > 1 ? plotWidth / (points.Count - 1) : 0;
        double X(int i) => Left + (i * step);
        double Y(decimal ratio) => Top + (plotHeight * (1 - (double)Math.Clamp(ratio, 0m, 1m)));

        html.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {HtmlWriter.N(Width)} {HtmlWriter.N(Height)}\" font-family=\"Liberation Serif, Times New Roman, serif\" font-size=\"8\">");

        // Axis frame and the 0% / 100% labels.
        html.Raw($"<line x1=\"{HtmlWriter.N(Left)}\" y1=\"{HtmlWriter.N(Top)}\" x2=\"{HtmlWriter.N(Left)}\" y2=\"{HtmlWriter.N(Top + plotHeight)}\" stroke=\"#888\" stroke-width=\"0.5\"/>");
        html.Raw($"<line x1=\"{HtmlWriter.N(Left)}\" y1=\"{HtmlWriter.N(Top + plotHeight)}\" x2=\"{HtmlWriter.N(Width - Right)}\" y2=\"{HtmlWriter.N(Top + plotHeight)}\" stroke=\"#888\" stroke-width=\"0.5\"/>");
        html.Raw($"<text x=\"{HtmlWriter.N(Left - 2)}\" y=\"{HtmlWriter.N(Top + 3)}\" text-anchor=\"end\">100%</text>");
        html.Raw($"<text x=\"{HtmlWriter.N(Left - 2)}\" y=\"{HtmlWriter.N(Top + plotHeight)}\" text-anchor=\"end\">0%</text>");

        // The target in force, month by month, as a dashed step line.
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Threshold is { } threshold)
            {
                var x1 = i == 0 ? X(0) : X(i) - (step / 2);
                var x2 = i == points.Count - 1 ? X(i) : X(i) + (step / 2);
                html.Raw($"<line x1=\"{HtmlWriter.N(x1)}\" y1=\"{HtmlWriter.N(Y(threshold))}\" x2=\"{HtmlWriter.N(x2)}\" y2=\"{HtmlWriter.N(Y(threshold))}\" stroke=\"#b00\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>");
            }
        }

        // The ratio, broken where a month is unknown (never drawn as 0%).
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                html.Raw($"<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"1.2\" points=\"{string.Join(' ', segment)}\"/>");
            }

            segment.Clear();
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Ratio is { } ratio)
            {
                segment.Add($"{HtmlWriter.N(X(i))},{HtmlWriter.N(Y(ratio))}");
            }
            else
            {
                Flush();
            }
        }

        Flush();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Ratio is { } ratio)
            {
                var fill = points[i].Status == KpiStatus.Met ? "#000" : "#fff";
                html.Raw($"<circle cx=\"{HtmlWriter.N(X(i))}\" cy=\"{HtmlWriter.N(Y(ratio))}\" r=\"1.8\" fill=\"{fill}\" stroke=\"#000\" stroke-width=\"0.8\"/>");
            }
            else
            {
                html.Raw($"<text x=\"{HtmlWriter.N(X(i))}\" y=\"{HtmlWriter.N(Top + plotHeight - 2)}\" text-anchor=\"middle\" fill=\"#666\">?</text>");
            }
        }

        if (points.Count > 0)
        {
            html.Raw($"<text x=\"{HtmlWriter.N(X(0))}\" y=\"{HtmlWriter.N(Height - 2)}\" text-anchor=\"start\">");
            html.Text(VietnameseFormat.Month(points[0].Month)).Raw("</text>");
            html.Raw($"<text x=\"{HtmlWriter.N(X(points.Count - 1))}\" y=\"{HtmlWriter.N(Height - 2)}\" text-anchor=\"end\">");
            html.Text(VietnameseFormat.Month(points[^1].Month)).Raw("</text>");
        }

        html.Raw("</svg>");
    }
}
