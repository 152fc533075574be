using System.Text;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Reporting;

/// <summary>
/// Builds report models from the KPI engine, once per report: the PDF and the workbook render the same model and
/// never compute a figure themselves.
/// </summary>
public sealed partial class ReportModelBuilder(IOptions<ReportOptions> options)
{
    public const int TrendMonthCount = 12;

    private readonly ReportOptions _options = options.Value;

    /// <summary>The unit's monthly report, or null when no unit has that code.</summary>
    public UnitReportModel? BuildUnitReport(KpiEngine engine, UnitReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(request);
        var current = engine.FindUnit(request.UnitCode);
        if (current is null)
        {
            return null;
        }

        var month = request.Month;
        var period = Period.ForMonth(month);

        // A report of a month prints the name the unit bore then, in its title, issuing body and document number.
        var unit = current.In(period);
        var trendMonths = Enumerable.Range(0, TrendMonthCount).Select(i => month.AddMonths(i - TrendMonthCount + 1)).ToList();

        var indicators = new List<UnitReportIndicator>(engine.Indicators.Count);
        var order = 1;
        foreach (var indicator in engine.Indicators)
        {
            var result = engine.Evaluate(unit.UnitId, indicator.Code, period);
            var trend = engine.MonthlySeries(unit.UnitId, indicator.Code, trendMonths)
                .Select(r => new TrendPoint(r.Period.End, r.Value.IsKnown ? r.Value.Numerator : null, r.Value.IsKnown ? r.Value.Denominator : null, r.Value.Ratio, r.Target?.Threshold, r.Status))
                .ToList();
            indicators.Add(new UnitReportIndicator(
                order++,
                indicator.Code,
                indicator.NameVi,
                result.Value.IsKnown ? result.Value.Numerator : null,
                result.Value.IsKnown ? result.Value.Denominator : null,
                result.Value.Ratio,
                result.Target?.Threshold,
                result.Target?.Comparison ?? Comparison.AtLeast,
                result.Target?.Source,
                result.Status,
                result.Previous.Ratio,
                result.ChangePoints,
                result.Gap,
                result.Gap is { } gap ? VietnameseFormat.GapText(gap, indicator) : null,
                trend));
        }

        var ranking = engine.Rank(unit.PeerGroup, period);
        var entry = ranking.Entries.FirstOrDefault(e => e.Score.Unit.UnitId == unit.UnitId);
        var history = engine.RankHistory(unit.UnitId, trendMonths.Select(Period.ForMonth))
            .Select(p => new RankPoint(p.Period.End, p.Rank, p.RankedCount, p.Score))
            .ToList();
        var rank = new UnitReportRank(
            unit.PeerGroup,
            entry?.Rank,
            entry?.PreviousRank,
            entry?.RankChange,
            engine.RankedCount(unit.PeerGroup, period),
            entry?.Rank is not null ? entry.Score.Score : null,
            history);

        var isCommune = unit.Kind != UnitKind.Department;
        var issuingBody = isCommune ? "ỦY BAN NHÂN DÂN " + VietnameseFormat.Upper(unit.Name) : VietnameseFormat.Upper(unit.Name);
        // A department shows the province's People's Committee above it; a commune's or ward's People's Committee
        // is itself the issuing body and shows no parent line.
        var header = new DocumentHeader(
            isCommune ? null : _options.ParentBody,
            issuingBody,
            $"Số: …/BC-{Abbreviation(unit)}",
            VietnameseFormat.PlaceDate(_options.ProvinceName, request.IssueDate));

        return new UnitReportModel(
            unit,
            month,
            header,
            "BÁO CÁO",
            $"Kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng {VietnameseFormat.Month(month)}",
            indicators,
            rank,
            trendMonths,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            [
                "Ủy ban nhân dân tỉnh (để báo cáo);",
                "Văn phòng Ủy ban nhân dân tỉnh;",
                "Trung tâm Phục vụ hành chính công tỉnh;",
                "Lưu: VT.",
            ],
            isCommune ? new SigningBlock("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") : new SigningBlock(null, "THỦ TRƯỞNG ĐƠN VỊ"),
            request.IsDemo,
            request.IssueDate,
            request.Sections ?? []);
    }

    /// <summary>
    /// The issuer's abbreviation in the document number: "UBND" for a commune or ward, the initials of a
    /// department's name otherwise ("Sở Tư pháp" → "STP", "Sở Nông nghiệp và Môi trường" → "SNNMT").
    /// </summary>
    public static string Abbreviation(UnitInfo unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Kind != UnitKind.Department)
        {
            return "UBND";
        }

        var builder = new StringBuilder();
        foreach (var word in unit.Name.Split([' ', ',', ';', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(word, "và", StringComparison.Ordinal))
            {
                continue;
            }

            builder.Append(word.All(char.IsUpper) ? word : char.ToUpper(word[0], Vietnam.Culture).ToString());
        }

        return builder.ToString();
    }
}
