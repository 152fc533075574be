using TargetsDashboard.Charts;

namespace TargetsDashboard.Reporting.Pdf;

/// <summary>
/// The province summary of a month as a printable HTML document (landscape A4: the status grid is wide), from the
/// ready model. Province figures come first because a leader reads page 1 and stops.
/// </summary>
public static class ProvinceSummaryDocument
{
    public const PageOrientation Orientation = PageOrientation.Landscape;

    private const string LandscapeStyles = """
        @page { size: A4 landscape; }
        table.grid td.cell { text-align: right; white-space: nowrap; }
        table.grid td.cell.notmet { font-weight: bold; background: #e6e6e6; }
        table.grid td.cell.unknown { text-align: center; font-style: italic; font-size: 10pt; }
        table.data td.unit { white-space: nowrap; }
        p.lead { page-break-after: avoid; break-after: avoid; }
        p.legend { font-size: 11pt; font-style: italic; text-indent: 0; margin: 3pt 0 0; }
        """;

    public static string Render(ProvinceSummaryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new HtmlWriter();
        DocumentParts.Begin(html, $"{model.Title} {model.Summary}", LandscapeStyles);
        DocumentParts.Header(html, model.Header, model.Title, model.Summary, model.IsDemo);

        html.Element("p", null, $"Văn phòng Ủy ban nhân dân tỉnh tổng hợp kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng {VietnameseFormat.Month(model.Month)} của các sở, ban, ngành và Ủy ban nhân dân các xã, phường như sau. Tình hình gửi số liệu: {model.CompletenessText}.");

        html.Element("h2", null, "I. KẾT QUẢ TOÀN TỈNH");
        TotalsTable(html, model);

        var section = 2;
        foreach (var group in model.Groups)
        {
            html.Element("h2", null, $"{Roman(section++)}. XẾP HẠNG {VietnameseFormat.Upper(group.Name)}");
            RankingTable(html, model, group);
        }

        html.Element("h2", null, $"{Roman(section++)}. ĐƠN VỊ TĂNG, GIẢM HẠNG NHIỀU NHẤT");
        MoversTable(html, model);

        html.Element("h2", null, $"{Roman(section++)}. ĐƠN VỊ CHƯA ĐẠT TỪ {RankingHighlights.BelowTargetThreshold} CHỈ TIÊU TRỞ LÊN");
        BelowTargetTable(html, model);

        html.Element("h2", null, $"{Roman(section)}. BẢNG TRẠNG THÁI CÁC CHỈ TIÊU THEO ĐƠN VỊ");
        StatusGrid(html, model);

        if (model.Index766 is { } index766)
        {
            Index766Part.Write(html, $"{Roman(section + 1)}. CHỈ SỐ 766 TOÀN TỈNH (QUYẾT ĐỊNH 766/QĐ-TTg)", index766);
        }

        DocumentParts.Closing(html, model.Recipients, model.Signing);
        DocumentParts.End(html);
        return html.ToString();
    }

    /// <summary>The rank, or "Chưa xếp hạng" for a unit with nothing to judge.</summary>
    public static string RankText(SummaryRankRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Rank is { } rank ? rank.ToString(Vietnam.Culture) : "Chưa xếp hạng";
    }

    private static void TotalsTable(HtmlWriter html, ProvinceSummaryModel model)
    {
        DataTable.Begin(
            html,
            ["TT", "Chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ toàn tỉnh", "Chỉ tiêu giao", "Đánh giá", "Thay đổi (điểm %)", "Đơn vị đạt", "Đơn vị có số liệu"],
            ["4%", "31%", "9%", "9%", "8%", "8%", "8%", "8%", "7%", "8%"]);
        foreach (var total in model.Totals)
        {
            html.Open("tr", null, $"data-code=\"{total.Indicator.Code}\"");
            IndicatorFigureCells.Write(html, total.Indicator.Order, total.Indicator.Name, total.Numerator, total.Denominator, total.Ratio, total.TargetText, total.Status, total.ChangePoints);
            html.Element("td", "center", total.MeetingText);
            html.Element("td", "center", total.ReportedText);
            html.Close("tr");
        }

        DataTable.End(html);
        html.Element("p", "source", "Tỷ lệ toàn tỉnh = tổng tử số ÷ tổng mẫu số của các đơn vị có số liệu (không phải trung bình tỷ lệ của các đơn vị). Cột (9): số đơn vị đạt chỉ tiêu giao cho đơn vị trên số đơn vị phải báo cáo.");
        if (model.TargetSources.Count > 0)
        {
            html.Element("p", "source", "Chỉ tiêu giao theo " + string.Join("; ", model.TargetSources) + ".");
        }
    }

    private static void RankingTable(HtmlWriter html, ProvinceSummaryModel model, SummaryGroup group)
    {
        html.Element("p", "lead", $"{VietnameseFormat.OutOf(group.RankedCount, group.Ranking.Count)} đơn vị được xếp hạng; đơn vị chưa có số liệu hoặc chưa có chỉ tiêu để đánh giá không được xếp hạng.");
        DataTable.Begin(
            html,
            ["Hạng", "Đơn vị", "Điểm (thang 100)", $"Hạng tháng {VietnameseFormat.Month(model.Month.AddMonths(-1))}", "Thay đổi", "Số chỉ tiêu đạt", "Số chỉ tiêu chưa đạt", "Chưa có số liệu"],
            ["7%", "37%", "10%", "10%", "9%", "9%", "9%", "9%"]);
        foreach (var row in group.Ranking)
        {
            html.Open("tr", null, $"data-unit=\"{row.Unit.Code}\"");
            html.Element("td", row.Rank is null ? "unknown" : "center", RankText(row));
            html.Element("td", null, row.Unit.Name);
            html.Element("td", "num", VietnameseFormat.Score(row.Score));
            html.Element("td", "center", VietnameseFormat.Number(row.PreviousRank));
            html.Element("td", "center", ChangeMark(row.Change));
            html.Element("td", "center", row.MetCount.ToString(Vietnam.Culture));
            html.Element("td", row.NotMetCount >= RankingHighlights.BelowTargetThreshold ? "center notmet" : "center", row.NotMetCount.ToString(Vietnam.Culture));
            html.Element("td", "center", row.UnknownCount.ToString(Vietnam.Culture));
            html.Close("tr");
        }

        DataTable.End(html);
        html.Element("p", "source", "Cột (5): ▲ tăng, ▼ giảm số bậc so với tháng trước; – giữ nguyên.");
    }

    private static void MoversTable(HtmlWriter html, ProvinceSummaryModel model)
    {
        DataTable.Begin(
            html,
            ["Nhóm", "Chiều", "Đơn vị", $"Hạng tháng {VietnameseFormat.Month(model.Month.AddMonths(-1))}", $"Hạng tháng {VietnameseFormat.Month(model.Month)}", "Thay đổi"],
            ["18%", "12%", "37%", "11%", "11%", "11%"]);
        var any = false;
        foreach (var group in model.Groups)
        {
            foreach (var (direction, rows) in new[] { ("Tăng hạng", group.Risers), ("Giảm hạng", group.Fallers) })
            {
                foreach (var row in rows)
                {
                    any = true;
                    html.Open("tr");
                    html.Element("td", null, group.Name);
                    html.Element("td", null, direction);
                    html.Element("td", null, row.Unit.Name);
                    html.Element("td", "center", VietnameseFormat.Number(row.PreviousRank));
                    html.Element("td", "center", VietnameseFormat.Number(row.Rank));
                    html.Element("td", "center", ChangeMark(row.Change));
                    html.Close("tr");
                }
            }
        }

        if (!any)
        {
            html.Raw("<tr><td colspan=\"6\" class=\"center\">").Text("Không có đơn vị thay đổi thứ hạng so với tháng trước.").Raw("</td></tr>");
        }

        DataTable.End(html);
        html.Element("p", "source", $"Mỗi nhóm nêu tối đa {ProvinceSummaryModel.MoverCount} đơn vị tăng và {ProvinceSummaryModel.MoverCount} đơn vị giảm nhiều bậc nhất.");
    }

    private static void BelowTargetTable(HtmlWriter html, ProvinceSummaryModel model)
    {
        var rows = model.Groups.SelectMany(g => g.BelowTarget.Select(r => (Group: g, Row: r))).ToList();
        if (rows.Count == 0)
        {
            html.Element("p", null, $"Không có đơn vị nào chưa đạt từ {RankingHighlights.BelowTargetThreshold} chỉ tiêu trở lên.");
            return;
        }

        var names = model.Indicators.ToDictionary(i => i.Code, i => i.ShortName, StringComparer.Ordinal);
        DataTable.Begin(html, ["TT", "Đơn vị", "Nhóm", "Hạng", "Số chỉ tiêu chưa đạt", "Các chỉ tiêu chưa đạt"], ["5%", "30%", "15%", "8%", "10%", "32%"]);
        var order = 1;
        foreach (var (group, row) in rows)
        {
            html.Open("tr");
            html.Element("td", "center", (order++).ToString(Vietnam.Culture));
            html.Element("td", null, row.Unit.Name);
            html.Element("td", null, group.Name);
            html.Element("td", "center", VietnameseFormat.Number(row.Rank));
            html.Element("td", "center", VietnameseFormat.OutOf(row.NotMetCount, model.Indicators.Count));
            html.Element("td", null, string.Join("; ", row.NotMetCodes.Select(c => names.GetValueOrDefault(c, c))));
            html.Close("tr");
        }

        DataTable.End(html);
    }

    private static void StatusGrid(HtmlWriter html, ProvinceSummaryModel model)
    {
        string[] headers = ["TT", "Đơn vị", "Hạng", .. model.Indicators.Select(i => i.ShortName)];
        var indicatorWidth = (100 - 4 - 30 - 8) / (double)Math.Max(1, model.Indicators.Count);
        string[] widths = ["4%", "30%", "8%", .. model.Indicators.Select(_ => ChartGeometry.Number(indicatorWidth) + "%")];
        DataTable.Begin(html, headers, widths, "data grid");
        var order = 1;
        PeerGroup? current = null;
        foreach (var row in model.StatusGrid)
        {
            if (row.Unit.PeerGroup != current)
            {
                current = row.Unit.PeerGroup;
                html.Raw($"<tr class=\"group\"><td colspan=\"{headers.Length}\"><b>").Text(VietnameseFormat.Upper(VietnameseFormat.PeerGroupInSentence(current.Value))).Raw("</b></td></tr>");
            }

            html.Open("tr", null, $"data-unit=\"{row.Unit.Code}\"");
            html.Element("td", "center", (order++).ToString(Vietnam.Culture));
            html.Element("td", "unit", row.Unit.Name);
            html.Element("td", "center", VietnameseFormat.Number(row.Rank));
            foreach (var cell in row.Cells)
            {
                var css = cell.Status switch
                {
                    KpiStatus.NotMet => "cell notmet",
                    KpiStatus.Unknown when cell.Ratio is null => "cell unknown",
                    _ => "cell",
                };
                html.Element("td", css, cell.Ratio is null ? "Chưa có số liệu" : $"{cell.RatioText} {StatusMark(cell.Status)}");
            }

            html.Close("tr");
        }

        DataTable.End(html);
        html.Element("p", "legend", "Ký hiệu: (Đ) đạt; (CĐ) chưa đạt, in đậm trên nền xám; (?) chưa có chỉ tiêu để đánh giá. Chỉ tiêu: "
            + string.Join("; ", model.Indicators.Select(i => $"{i.ShortName}: {i.Name}")) + ".");
    }

    private static string StatusMark(KpiStatus status) => status switch
    {
        KpiStatus.Met => "(Đ)",
        KpiStatus.NotMet => "(CĐ)",
        _ => "(?)",
    };

    private static string ChangeMark(int? change) => change is null ? "–" : VietnameseFormat.RankChange(change);

    private static string Roman(int number) => number switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        _ => number.ToString(Vietnam.Culture),
    };
}
