namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The unit page: rank and score for the period, each indicator with its trend, rank history and notes.</summary>
/// <param name="Found">False when no unit has the code asked for; nothing else is filled then.</param>
public sealed record UnitPageViewModel(
    bool Found,
    string UnitCode,
    string UnitName,
    string KindText,
    string PeerGroupText,
    Period? Period,
    string PeriodLabel,
    bool IsDemo,
    string? AsOfText,
    string RankText,
    string RankChangeText,
    string ScoreText,
    string? UnknownIndicatorsText,
    IReadOnlyList<UnitIndicatorPanel> Indicators,
    IReadOnlyList<RankHistoryRow> RankHistory,
    IReadOnlyList<NoteRow> Notes)
{
    public static UnitPageViewModel NotFound(string code) =>
        new(false, code, string.Empty, string.Empty, string.Empty, null, string.Empty, false, null, string.Empty, string.Empty, string.Empty, null, [], [], []);

    public bool HasNotes => Notes.Any(n => n.HasNote);

    /// <summary>
    /// The month of the unit's report downloads: set when the period is a month in which some indicator has a known
    /// ratio (the rule the report endpoints use), null otherwise, so that no button leads to a 404.
    /// </summary>
    public string? ReportMonthToken =>
        Period is { Kind: PeriodKind.Month } month && Indicators.Any(i => i.Trend.Any(t => t.Month == month.End && t.Ratio is not null))
            ? month.ToToken()
            : null;
}

/// <summary>One indicator of the unit for the period, with its monthly trend.</summary>
public sealed record UnitIndicatorPanel(
    string Code,
    string Name,
    string Href,
    bool IsWorkingDefinition,
    IndicatorFigureText Figure,
    string? GapText,
    string? ChangeText,
    IReadOnlyList<TrendPoint> Trend);

/// <summary>The unit's rank in its peer group in one month.</summary>
public sealed record RankHistoryRow(YearMonth Month, int? Rank, string RankText, string ScoreText, string ChangeText)
{
    public string MonthLabel => Month.ToString();
}

/// <summary>A month of the notes table; <see cref="Text"/> says "Chưa có ghi chú" when the unit wrote none.</summary>
public sealed record NoteRow(YearMonth Month, bool HasNote, string Text, string? UpdatedText)
{
    public string MonthLabel => Month.ToString();
}
