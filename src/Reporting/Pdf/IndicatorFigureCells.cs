namespace TargetsDashboard.Reporting.Pdf;

/// <summary>
/// The cells both reports print for an indicator's figures, in one order and one wording: number, name, numerator,
/// denominator, ratio, target, assessment, change in points. An unknown ratio is styled as unknown, never as 0%.
/// </summary>
internal static class IndicatorFigureCells
{
    public static void Write(HtmlWriter html, int order, string name, long? numerator, long? denominator, decimal? ratio, string targetText, KpiStatus status, decimal? changePoints)
    {
        html.Element("td", "center", order.ToString(Vietnam.Culture));
        html.Element("td", null, name);
        html.Element("td", "num", VietnameseFormat.Count(numerator));
        html.Element("td", "num", VietnameseFormat.Count(denominator));
        html.Element("td", ratio is null ? "unknown" : "num", VietnameseFormat.Percent(ratio));
        html.Element("td", "center", targetText);
        html.Element("td", status == KpiStatus.NotMet ? "center notmet" : "center", VietnameseFormat.Status(status));
        html.Element("td", "num", VietnameseFormat.ChangePointsCell(changePoints));
    }
}
