namespace TargetsDashboard.Reporting;

public sealed partial class ReportModelBuilder
{
    private static readonly PeerGroup[] PeerGroups = [PeerGroup.Departments, PeerGroup.CommunesAndWards];

    /// <summary>The province summary of a month: every figure comes from the engine's rankings, scores and totals.</summary>
    public ProvinceSummaryModel BuildProvinceSummary(KpiEngine engine, ProvinceSummaryRequest request)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(request);
        var month = request.Month;
        var period = Period.ForMonth(month);
        var indicators = engine.Indicators
            .Select((i, index) => new SummaryIndicator(index + 1, i.Code, i.NameVi, request.ShortNames?.GetValueOrDefault(i.Code) ?? i.Code))
            .ToList();

        var groups = new List<SummaryGroup>(PeerGroups.Length);
        var grid = new List<SummaryStatusRow>(engine.Units.Count);
        foreach (var group in PeerGroups)
        {
            // Rank returns every unit active in the month, ranked first, unranked last: the grid follows that order.
            var ranking = engine.Rank(group, period);
            var completeness = engine.Completeness(group, period);
            groups.Add(new SummaryGroup(
                group,
                [.. ranking.Entries.Select(RankRow)],
                [.. RankingHighlights.Risers(ranking.Entries, ProvinceSummaryModel.MoverCount).Select(RankRow)],
                [.. RankingHighlights.Fallers(ranking.Entries, ProvinceSummaryModel.MoverCount).Select(RankRow)],
                [.. RankingHighlights.BelowTarget(ranking.Entries).Select(RankRow)],
                completeness.UnitsExpected,
                completeness.UnitsReported,
                engine.RankedCount(group, period)));
            grid.AddRange(ranking.Entries.Select(e => new SummaryStatusRow(
                e.Score.Unit,
                e.Rank,
                [.. e.Score.Indicators.Select(r => new SummaryStatusCell(r.Value.Ratio, r.Status))])));
        }

        var totals = indicators.Select(indicator =>
        {
            var total = engine.Total(indicator.Code, null, period);
            return new SummaryTotal(
                indicator,
                total.Value.IsKnown ? total.Value.Numerator : null,
                total.Value.IsKnown ? total.Value.Denominator : null,
                total.Value.Ratio,
                total.Target?.Threshold,
                total.Target?.Comparison ?? Comparison.AtLeast,
                total.Status,
                total.ChangePoints,
                total.UnitsMeeting,
                total.UnitsReported,
                total.UnitsExpected);
        }).ToList();

        var sources = engine.Indicators
            .SelectMany(i => new[] { UnitKind.Department, UnitKind.Ward, UnitKind.Commune }.Select(k => engine.TargetFor(i.Code, k, month)?.Source))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var all = engine.Completeness(null, period);

        return new ProvinceSummaryModel(
            month,
            new DocumentHeader(_options.ParentBody, "VĂN PHÒNG", "Số: …/BC-VP", VietnameseFormat.PlaceDate(_options.ProvinceName, request.IssueDate)),
            "BÁO CÁO",
            $"Tổng hợp kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng {VietnameseFormat.Month(month)}",
            indicators,
            groups,
            grid,
            totals,
            all.UnitsExpected,
            all.UnitsReported,
            sources,
            [
                "Chủ tịch, các Phó Chủ tịch UBND tỉnh (để báo cáo);",
                "Các sở, ban, ngành;",
                "UBND các xã, phường;",
                "Lưu: VT, HCC.",
            ],
            new SigningBlock(null, "CHÁNH VĂN PHÒNG"),
            request.IsDemo,
            request.IssueDate);
    }

    /// <summary>
    /// Every measurement from <paramref name="from"/> to <paramref name="to"/>, month by month, unit by unit (in the
    /// engine's order), indicator by indicator. A unit and month without figures has no row: the export lists what
    /// was sent, and the summary's completeness says who did not send.
    /// </summary>
    public static DataExportModel BuildDataExport(KpiEngine engine, YearMonth from, YearMonth to, DateOnly issueDate, bool isDemo = false)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (to < from)
        {
            throw new ArgumentException("The range ends before it starts.", nameof(to));
        }

        var rows = new List<DataExportRow>();
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            var period = Period.ForMonth(month);
            foreach (var unit in engine.Units)
            {
                foreach (var indicator in engine.Indicators)
                {
                    // The result carries the unit named as in that month: an export over a rename shows both names.
                    var result = engine.Evaluate(unit.UnitId, indicator.Code, period);
                    if (result.Value.MonthsWithData == 0)
                    {
                        continue;
                    }

                    rows.Add(new DataExportRow(result.Unit, indicator, month, result.Value.Numerator, result.Value.Denominator, result.Value.Ratio, result.Status));
                }
            }
        }

        return new DataExportModel(from, to, rows, isDemo, issueDate);
    }

    private static SummaryRankRow RankRow(RankingEntry entry) => new(
        entry.Score.Unit,
        entry.Rank,
        entry.PreviousRank,
        entry.RankChange,
        entry.Rank is not null ? entry.Score.Score : null,
        entry.Score.MetCount,
        entry.Score.NotMetCount,
        entry.Score.Indicators.Count(i => i.Status == KpiStatus.Unknown),
        [.. entry.Score.Indicators.Where(i => i.Status == KpiStatus.NotMet).Select(i => i.Indicator.Code)]);
}
