namespace TargetsDashboard.Reporting;

/// <summary>The header of a document laid out by Decree 30/2020/NĐ-CP.</summary>
/// <param name="ParentBody">Upper case, regular: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"; null when the issuing body has none shown (a commune's People's Committee).</param>
/// <param name="IssuingBody">Upper case, bold, with a short rule under it: "SỞ TƯ PHÁP", "ỦY BAN NHÂN DÂN XÃ AN BÌNH".</param>
/// <param name="Number">"Số: …/BC-STP", the number is written by hand when the document is registered.</param>
/// <param name="PlaceDate">"Đồng Nai, ngày 05 tháng 11 năm 2025", in italics.</param>
public sealed record DocumentHeader(string? ParentBody, string IssuingBody, string Number, string PlaceDate)
{
    private const string PeoplesCommittee = "ỦY BAN NHÂN DÂN ";

    /// <summary>
    /// The lines of the left header column: the parent body (regular) then the issuing body (bold), which is broken
    /// after "ỦY BAN NHÂN DÂN" as offices write it: "ỦY BAN NHÂN DÂN" / "XÃ AN BÌNH".
    /// </summary>
    public IReadOnlyList<(string Text, bool Bold)> LeftLines
    {
        get
        {
            var lines = new List<(string, bool)>();
            if (!string.IsNullOrEmpty(ParentBody))
            {
                lines.Add((ParentBody, false));
            }

            if (ParentBody is null && IssuingBody.StartsWith(PeoplesCommittee, StringComparison.Ordinal))
            {
                lines.Add((PeoplesCommittee.TrimEnd(), true));
                lines.Add((IssuingBody[PeoplesCommittee.Length..], true));
            }
            else
            {
                lines.Add((IssuingBody, true));
            }

            return lines;
        }
    }

    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
}

/// <summary>The signing block: "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH", or "THỦ TRƯỞNG ĐƠN VỊ".</summary>
/// <param name="OnBehalfOf">"TM. ỦY BAN NHÂN DÂN" for a commune or ward; null for a department.</param>
public sealed record SigningBlock(string? OnBehalfOf, string Title);

/// <summary>One month of an indicator's history.</summary>
public sealed record TrendPoint(YearMonth Month, long? Numerator, long? Denominator, decimal? Ratio, decimal? Threshold, KpiStatus Status);

/// <summary>One indicator in a unit's monthly report: the figures, the target judged by, and the work left.</summary>
/// <param name="Ratio">Unrounded fraction; null when unknown (never 0).</param>
/// <param name="Threshold">The target in force as a fraction; null when none is.</param>
/// <param name="TargetSource">The document that set the target: "Công văn số 4912/UBND-HCC ngày 26/04/2025".</param>
/// <param name="ChangePoints">Change since the previous month in percentage points.</param>
/// <param name="GapText">"cần thêm 37 hồ sơ được số hóa" when not met; null otherwise.</param>
/// <param name="Trend">The 12 months ending with the report's month, oldest first.</param>
public sealed record UnitReportIndicator(
    int Order,
    string Code,
    string Name,
    long? Numerator,
    long? Denominator,
    decimal? Ratio,
    decimal? Threshold,
    Comparison Comparison,
    string? TargetSource,
    KpiStatus Status,
    decimal? PreviousRatio,
    decimal? ChangePoints,
    KpiGap? Gap,
    string? GapText,
    IReadOnlyList<TrendPoint> Trend)
{
    public string RatioText => VietnameseFormat.Percent(Ratio);

    public string TargetText => VietnameseFormat.Threshold(Threshold, Comparison);

    public string StatusText => VietnameseFormat.Status(Status);
}

/// <summary>One month of the unit's rank among its peers.</summary>
public sealed record RankPoint(YearMonth Month, int? Rank, int PeerCount, decimal? Score);

/// <summary>The unit's rank among its peers (departments, or communes and wards) for the month.</summary>
/// <param name="Rank">Null when the unit had no figures at all.</param>
/// <param name="Change">Places gained since the previous month (positive is up).</param>
/// <param name="PeerCount">Units ranked in the peer group.</param>
public sealed record UnitReportRank(PeerGroup Group, int? Rank, int? PreviousRank, int? Change, int PeerCount, decimal? Score, IReadOnlyList<RankPoint> History)
{
    public string GroupName => VietnameseFormat.PeerGroupInSentence(Group);
}

/// <summary>One text section of the unit's own report (kết quả nổi bật, khó khăn, …), as accepted by the office.</summary>
public sealed record UnitReportSection(string Title, string Text);

/// <summary>Everything a unit's monthly report shows, built once from the engine; the PDF and the workbook render it.</summary>
/// <param name="Note">The unit's remarks for the month as typed by a user (difficulties, proposals); null when none.</param>
/// <param name="IsDemo">The figures are generated demo data: the documents say so.</param>
/// <param name="Sections">The text sections of the unit's accepted submission, in print order; empty when none.</param>
public sealed record UnitReportModel(
    UnitInfo Unit,
    YearMonth Month,
    DocumentHeader Header,
    string Title,
    string Summary,
    IReadOnlyList<UnitReportIndicator> Indicators,
    UnitReportRank Rank,
    IReadOnlyList<YearMonth> TrendMonths,
    string? Note,
    IReadOnlyList<string> Recipients,
    SigningBlock Signing,
    bool IsDemo,
    DateOnly IssueDate,
    IReadOnlyList<UnitReportSection> Sections)
{
    /// <summary>What prints under "Khó khăn, vướng mắc và đề xuất" when the unit wrote nothing.</summary>
    public const string NothingWritten = "(Đơn vị chưa ghi nhận nội dung cho tháng này.)";

    /// <summary>Whether any indicator has a known value for the month.</summary>
    public bool HasFigures => Indicators.Any(i => i.Ratio is not null);

    /// <summary>The 766 index for the year to date of the month; null when no 766 figure or rule set covers it.</summary>
    public Index766ReportSection? Index766 { get; init; }

    /// <summary>The distinct documents the targets come from, for the note under the table.</summary>
    public IReadOnlyList<string> TargetSources => [.. Indicators.Select(i => i.TargetSource).OfType<string>().Distinct(StringComparer.Ordinal)];
}

/// <summary>What the builder needs beyond the engine.</summary>
/// <param name="IssueDate">The date written in the place and date line.</param>
/// <param name="Note">The unit's note for the month, if any.</param>
/// <param name="Sections">The text sections of the unit's accepted submission, if any.</param>
public sealed record UnitReportRequest(string UnitCode, YearMonth Month, DateOnly IssueDate, string? Note = null, bool IsDemo = false, IReadOnlyList<UnitReportSection>? Sections = null);
