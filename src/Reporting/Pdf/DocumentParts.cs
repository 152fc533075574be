namespace TargetsDashboard.Reporting.Pdf;

/// <summary>The parts every Decree 30/2020 document shares: the page, the two-column header, the closing.</summary>
internal static class DocumentParts
{
    public static void Begin(HtmlWriter html, string title, string? extraStyles = null)
    {
        html.Raw("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").Text(title).Raw("</title><style>")
            .Raw(ReportStyles.Common);
        if (extraStyles is not null)
        {
            html.Raw(extraStyles);
        }

        html.Raw("</style></head><body>").Line();
    }

    public static void End(HtmlWriter html) => html.Raw("</body></html>");

    public static void Header(HtmlWriter html, DocumentHeader header, string title, string summary, bool isDemo)
    {
        html.Open("table", "header").Open("tr");
        html.Open("td", "left");
        foreach (var (text, bold) in header.LeftLines)
        {
            html.Element("div", bold ? "issuer" : "parent", text);
        }

        html.Raw("<div class=\"rule\"></div>")
            .Element("div", "number", header.Number)
            .Close("td");
        html.Open("td", "right")
            .Element("div", "nation", DocumentHeader.NationalName)
            .Open("div").Element("span", "motto", DocumentHeader.Motto).Close("div")
            .Element("div", "placedate", header.PlaceDate)
            .Close("td");
        html.Close("tr").Close("table").Line();

        html.Element("h1", "title", title);
        html.Element("div", "summary", summary);
        html.Raw("<div class=\"summary-rule\"></div>");
        if (isDemo)
        {
            html.Element("div", "demo", "(Số liệu minh họa, không dùng để báo cáo chính thức)");
        }

        html.Line();
    }

    public static void Closing(HtmlWriter html, IReadOnlyList<string> recipients, SigningBlock signing)
    {
        html.Open("table", "closing").Open("tr");
        html.Open("td");
        html.Element("div", "recipients-label", "Nơi nhận:");
        html.Open("div", "recipients");
        foreach (var recipient in recipients)
        {
            html.Element("div", null, "- " + recipient);
        }

        html.Close("div").Close("td");
        html.Open("td", "sign");
        if (signing.OnBehalfOf is { } onBehalfOf)
        {
            html.Element("div", null, onBehalfOf);
        }

        html.Element("div", null, signing.Title);
        html.Raw("<div class=\"sign-space\"></div>");
        html.Close("td");
        html.Close("tr").Close("table").Line();
    }
}
