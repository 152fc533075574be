namespace TargetsDashboard.Ingestion;

/// <summary>
/// A count as it arrived: a number, text that is not one, or nothing. The reader keeps what it saw so that the
/// rules, not the reader, decide what is wrong with it.
/// </summary>
public readonly record struct IncomingNumber(decimal? Value, string? Text)
{
    public static IncomingNumber Missing => default;

    public static IncomingNumber Of(decimal value) => new(value, null);

    public static IncomingNumber NotANumber(string text) => new(null, text);

    public bool IsMissing => Value is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>One unit's numerator and denominator for one indicator, as sent; the month is the batch's.</summary>
public sealed record IncomingFigure(string? UnitCode, string? IndicatorCode, IncomingNumber Numerator, IncomingNumber Denominator, FigureLocation Location);

/// <summary>
/// A month's figures from one file or request, with the problems the reader already found (a wrong template
/// version, a month other than the chosen one, text in a number cell it could not read).
/// </summary>
/// <param name="Origin">The file's name or the API client's name, for the import history.</param>
/// <param name="ContentHash">SHA-256 (hex) of the file or of the request's figures: a batch sent again is recognised.</param>
public sealed record FigureBatch(
    DateOnly Month,
    IReadOnlyList<IncomingFigure> Figures,
    IReadOnlyList<FigureIssue> ReaderIssues,
    string Origin,
    string ContentHash)
{
    /// <summary>
    /// The figures are cumulated from January, as the national portal reports the 766 index: each month is derived by
    /// difference from the stored months before it (<see cref="Kpi.YearToDateFigures"/>); only 766 sub-indicators may be sent so.
    /// </summary>
    public bool IsYearToDate { get; init; }
}
