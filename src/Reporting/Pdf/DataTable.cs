namespace TargetsDashboard.Reporting.Pdf;

/// <summary>
/// The data table of Decree 30/2020 documents: bold headers, then the italic column numbers (1), (2), … in the
/// header (so both repeat on every page of a long table), then the body.
/// </summary>
internal static class DataTable
{
    public static void Begin(HtmlWriter html, IReadOnlyList<string> headers, IReadOnlyList<string> widths, string cssClass = "data")
    {
        html.Open("table", cssClass).Open("colgroup");
        foreach (var width in widths)
        {
            html.Raw("<col style=\"width:").Text(width).Raw("\">");
        }

        html.Close("colgroup").Open("thead").Open("tr");
        foreach (var header in headers)
        {
            html.Element("th", null, header);
        }

        html.Close("tr").Open("tr", "colnums");
        for (var i = 1; i <= headers.Count; i++)
        {
            html.Element("th", null, $"({i})");
        }

        html.Close("tr").Close("thead").Open("tbody");
    }

    public static void End(HtmlWriter html) => html.Close("tbody").Close("table");
}
