namespace TargetsDashboard.Reporting.Pdf;

/// <summary>A unit's monthly report as a printable HTML document (no script, no external resource), from the ready model.</summary>
public static class UnitReportDocument
{
    public static string Render(UnitReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new HtmlWriter();
        DocumentParts.Begin(html, $"{model.Title} {model.Summary} - {model.Unit.Name}");
        DocumentParts.Header(html, model.Header, model.Title, model.Summary, model.IsDemo);

        html.Element("h2", null, "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        IndicatorTable(html, model);

        html.Element("h2", null, "II. XẾP HẠNG");
        html.Element("p", null, RankSentence(model));

        html.Element("h2", null, "III. DIỄN BIẾN 12 THÁNG");
        TrendTable(html, model);

        html.Element("h2", null, "IV. NHIỆM VỤ CẦN TẬP TRUNG");
        var gaps = model.Indicators.Where(i => i.GapText is not null).ToList();
        var unknown = model.Indicators.Where(i => i.Status == KpiStatus.Unknown).ToList();
        if (gaps.Count == 0 && unknown.Count == 0)
        {
            html.Element("p", null, "Các chỉ tiêu đều đạt; tiếp tục duy trì kết quả.");
        }

        foreach (var indicator in gaps)
        {
            html.Element("p", null, $"- {indicator.Name}: {indicator.GapText} để đạt chỉ tiêu {indicator.TargetText}.");
        }

        foreach (var indicator in unknown)
        {
            html.Element("p", null, $"- {indicator.Name}: chưa có số liệu, đề nghị cập nhật số liệu tháng {VietnameseFormat.Month(model.Month)}.");
        }

        html.Element("h2", null, "V. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT");
        for (var i = 0; i < model.Sections.Count; i++)
        {
            html.Element("h3", null, $"{i + 1}. {model.Sections[i].Title}");
            html.Element("p", "note", model.Sections[i].Text);
        }

        if (model.Note is { } note)
        {
            html.Element("p", "note", note);
        }
        else if (model.Sections.Count == 0)
        {
            html.Element("p", null, UnitReportModel.NothingWritten);
        }

        if (model.Index766 is { } index766)
        {
            Index766Part.Write(html, "VI. CHỈ SỐ 766 CỦA ĐƠN VỊ (QUYẾT ĐỊNH 766/QĐ-TTg)", index766);
        }

        DocumentParts.Closing(html, model.Recipients, model.Signing);
        DocumentParts.End(html);
        return html.ToString();
    }

    /// <summary>"Đơn vị xếp thứ 5/15 sở, ban, ngành (tháng 09/2025: thứ 7, tăng 2 bậc), đạt 87,5/100 điểm."</summary>
    public static string RankSentence(UnitReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rank = model.Rank;
        if (rank.Rank is not { } current)
        {
            return $"Đơn vị chưa được xếp hạng trong tháng {VietnameseFormat.Month(model.Month)} do chưa có số liệu.";
        }

        var culture = Vietnam.Culture;
        var previous = rank.PreviousRank is { } p
            ? $" (tháng {VietnameseFormat.Month(model.Month.AddMonths(-1))}: thứ {p.ToString(culture)}, {VietnameseFormat.RankChangeText(rank.Change)})"
            : string.Empty;
        return $"Đơn vị xếp thứ {current.ToString(culture)}/{rank.PeerCount.ToString(culture)} {rank.GroupName}{previous}, đạt {VietnameseFormat.Score(rank.Score)}/100 điểm theo các chỉ tiêu giao.";
    }

    private static void IndicatorTable(HtmlWriter html, UnitReportModel model)
    {
        string[] headers = ["TT", "Chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ", "Chỉ tiêu giao", "Đánh giá", "Thay đổi (điểm %)", "Còn thiếu để đạt chỉ tiêu"];
        string[] widths = ["4%", "27%", "8%", "9%", "9%", "8%", "9%", "8%", "18%"];
        html.Open("table", "data");
        html.Open("colgroup");
        foreach (var width in widths)
        {
            html.Raw($"<col style=\"width:{width}\">");
        }

        html.Close("colgroup");
        html.Open("thead").Open("tr");
        foreach (var header in headers)
        {
            html.Element("th", null, header);
        }

        html.Close("tr").Open("tr", "colnums");
        for (var i = 1; i <= headers.Length; i++)
        {
            html.Element("th", null, $"({i})");
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var indicator in model.Indicators)
        {
            html.Open("tr", null, $"data-code=\"{indicator.Code}\"");
            IndicatorFigureCells.Write(html, indicator.Order, indicator.Name, indicator.Numerator, indicator.Denominator, indicator.Ratio, indicator.TargetText, indicator.Status, indicator.ChangePoints);
            html.Element("td", null, indicator.GapText ?? (indicator.Status == KpiStatus.Met ? "Đã đạt" : "–"));
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
        if (model.TargetSources.Count > 0)
        {
            html.Element("p", "source", "Chỉ tiêu giao theo " + string.Join("; ", model.TargetSources) + ".");
        }

        html.Element("p", "source", $"Cột (8): tỷ lệ tăng (+), giảm (−) so với tháng {VietnameseFormat.Month(model.Month.AddMonths(-1))}, tính bằng điểm phần trăm.");
    }

    private static void TrendTable(HtmlWriter html, UnitReportModel model)
    {
        html.Open("table", "data");
        html.Raw("<colgroup><col style=\"width:30%\"><col style=\"width:50%\"><col style=\"width:10%\"><col style=\"width:10%\"></colgroup>");
        html.Open("thead").Open("tr");
        html.Element("th", null, "Chỉ tiêu");
        html.Element("th", null, "Tỷ lệ từng tháng (nét đứt: chỉ tiêu giao; chấm đặc: đạt)");
        html.Element("th", null, $"Tháng {VietnameseFormat.Month(model.TrendMonths[0])}");
        html.Element("th", null, $"Tháng {VietnameseFormat.Month(model.Month)}");
        html.Close("tr").Close("thead").Open("tbody");
        foreach (var indicator in model.Indicators)
        {
            html.Open("tr");
            html.Element("td", null, indicator.Name);
            html.Open("td", "chart");
            TrendChart.Write(html, indicator.Trend);
            html.Close("td");
            var first = indicator.Trend[0].Ratio;
            html.Element("td", first is null ? "unknown" : "num", VietnameseFormat.Percent(first));
            html.Element("td", indicator.Ratio is null ? "unknown" : "num", indicator.RatioText);
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }
}
