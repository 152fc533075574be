namespace TargetsDashboard.Reporting;

/// <summary>An indicator as a column of the summary's tables.</summary>
/// <param name="ShortName">The short column heading ("Số hóa"); the code when none is known.</param>
public sealed record SummaryIndicator(int Order, string Code, string Name, string ShortName);

/// <summary>A unit's line in a ranking of the summary.</summary>
/// <param name="Rank">Null when the unit had nothing to judge in the month.</param>
/// <param name="Change">Places gained since the previous month (positive is up).</param>
/// <param name="Score">Out of 100; null when unranked.</param>
/// <param name="NotMetCodes">Codes of the indicators not met, in indicator order.</param>
public sealed record SummaryRankRow(
    UnitInfo Unit,
    int? Rank,
    int? PreviousRank,
    int? Change,
    decimal? Score,
    int MetCount,
    int NotMetCount,
    int UnknownCount,
    IReadOnlyList<string> NotMetCodes)
{
    public string KindText => VietnameseFormat.UnitKind(Unit.Kind);
}

/// <summary>One peer group of the summary: its ranking, who moved most, who falls behind, who reported.</summary>
/// <param name="Risers">Up to <see cref="ProvinceSummaryModel.MoverCount"/> units that gained most places.</param>
/// <param name="Fallers">Up to <see cref="ProvinceSummaryModel.MoverCount"/> units that lost most places.</param>
/// <param name="BelowTarget">Units missing the target on <see cref="RankingHighlights.BelowTargetThreshold"/> indicators or more.</param>
/// <param name="RankedCount">How many units of the group have a rank (the engine's <see cref="KpiEngine.RankedCount"/>).</param>
public sealed record SummaryGroup(
    PeerGroup Group,
    IReadOnlyList<SummaryRankRow> Ranking,
    IReadOnlyList<SummaryRankRow> Risers,
    IReadOnlyList<SummaryRankRow> Fallers,
    IReadOnlyList<SummaryRankRow> BelowTarget,
    int UnitsExpected,
    int UnitsReported,
    int RankedCount)
{
    public string Name => VietnameseFormat.PeerGroupInSentence(Group);
}

/// <summary>One cell of the status grid: a unit's ratio for an indicator, and how it stands against its target.</summary>
public sealed record SummaryStatusCell(decimal? Ratio, KpiStatus Status)
{
    /// <summary>"73,4%" or "Chưa có số liệu".</summary>
    public string RatioText => VietnameseFormat.Percent(Ratio);
}

/// <summary>A row of the status grid: one unit, its ratio and status per indicator in the summary's indicator order.</summary>
public sealed record SummaryStatusRow(UnitInfo Unit, int? Rank, IReadOnlyList<SummaryStatusCell> Cells);

/// <summary>The province figure of one indicator (Σ numerators ÷ Σ denominators) with units meeting and reporting.</summary>
/// <param name="UnitsMeeting">Units judged as meeting the target in force for them.</param>
/// <param name="UnitsReported">Units with a known value.</param>
/// <param name="UnitsExpected">Units active in the month.</param>
public sealed record SummaryTotal(
    SummaryIndicator Indicator,
    long? Numerator,
    long? Denominator,
    decimal? Ratio,
    decimal? Threshold,
    Comparison Comparison,
    KpiStatus Status,
    decimal? ChangePoints,
    int UnitsMeeting,
    int UnitsReported,
    int UnitsExpected)
{
    public string RatioText => VietnameseFormat.Percent(Ratio);

    public string TargetText => VietnameseFormat.Threshold(Threshold, Comparison);

    public string StatusText => VietnameseFormat.Status(Status);

    /// <summary>"61/110".</summary>
    public string MeetingText => VietnameseFormat.OutOf(UnitsMeeting, UnitsExpected);

    /// <summary>"97/110".</summary>
    public string ReportedText => VietnameseFormat.OutOf(UnitsReported, UnitsExpected);
}

/// <summary>The province summary of one month, for leadership, built once from the engine; the PDF and the workbook render it.</summary>
/// <param name="Groups">Departments, then communes and wards.</param>
/// <param name="StatusGrid">Every unit active in the month: departments then communes and wards, each by rank (unranked last).</param>
/// <param name="Totals">Province totals per indicator, in indicator order.</param>
/// <param name="UnitsExpected">Units active in the month, all groups.</param>
/// <param name="UnitsReported">Units that sent any figure for the month.</param>
public sealed record ProvinceSummaryModel(
    YearMonth Month,
    DocumentHeader Header,
    string Title,
    string Summary,
    IReadOnlyList<SummaryIndicator> Indicators,
    IReadOnlyList<SummaryGroup> Groups,
    IReadOnlyList<SummaryStatusRow> StatusGrid,
    IReadOnlyList<SummaryTotal> Totals,
    int UnitsExpected,
    int UnitsReported,
    IReadOnlyList<string> TargetSources,
    IReadOnlyList<string> Recipients,
    SigningBlock Signing,
    bool IsDemo,
    DateOnly IssueDate)
{
    /// <summary>How many risers and fallers each group lists.</summary>
    public const int MoverCount = 5;

    public bool HasFigures => UnitsReported > 0;

    /// <summary>The 766 index for the year to date of the month; null when no 766 figure or rule set covers it.</summary>
    public Index766ReportSection? Index766 { get; init; }

    /// <summary>"97/110 đơn vị đã gửi số liệu tháng 10/2025 (sở, ban, ngành: 15/15; xã, phường: 82/95)".</summary>
    public string CompletenessText =>
        $"{VietnameseFormat.OutOf(UnitsReported, UnitsExpected)} đơn vị đã gửi số liệu tháng {VietnameseFormat.Month(Month)} ("
        + string.Join("; ", Groups.Select(g => $"{g.Name}: {VietnameseFormat.OutOf(g.UnitsReported, g.UnitsExpected)}")) + ")";
}

/// <summary>What the summary needs beyond the engine.</summary>
/// <param name="ShortNames">Short indicator names for column headings, by code; the code is used when one is missing.</param>
public sealed record ProvinceSummaryRequest(YearMonth Month, DateOnly IssueDate, bool IsDemo = false, IReadOnlyDictionary<string, string>? ShortNames = null);
