
namespace TargetsDashboard.Reporting.Pdf;

/// <summary>The 766 section of the printed reports: total, groups against their maxima, things to do.</summary>
internal static class Index766Part
{
    public static void Write(HtmlWriter html, string heading, Index766ReportSection section)
    {
        html.Element("h2", null, heading);
        html.Element("p", null, $"Kỳ: {section.PeriodText}. Tổng điểm: {section.TotalText}{(section.RankText is null ? string.Empty : "; " + section.RankText)}.");
        DataTable.Begin(html, ["STT", "Nhóm chỉ số", "Điểm", "Tối đa"], ["8%", "62%", "15%", "15%"]);
        for (var i = 0; i < section.Groups.Count; i++)
        {
            var group = section.Groups[i];
            html.Open("tr")
                .Element("td", "center", VietnameseFormat.Number(i + 1))
                .Element("td", null, group.Name)
                .Element("td", "num", group.PointsText)
                .Element("td", "num", group.MaxText)
                .Close("tr");
        }

        DataTable.End(html);
        if (section.Actions.Count > 0)
        {
            html.Element("p", null, "Việc cần làm để lấy lại điểm (mẫu số giữ nguyên):");
            foreach (var action in section.Actions)
            {
                html.Element("p", null, "- " + action + ".");
            }
        }

        html.Element("p", "source", "Cách tính: " + section.RuleSetText + ".");
    }
}
