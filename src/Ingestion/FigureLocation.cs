using System.Globalization;

namespace TargetsDashboard.Ingestion;

/// <summary>
/// Where an incoming figure sits: a workbook row (sheet, row, and the column of each field) or an item of an API
/// request (row = item index, columns = JSON property names), so that every message can say what and where.
/// </summary>
public sealed record FigureLocation(string? Sheet, int Row, string UnitColumn, string IndicatorColumn, string NumeratorColumn, string DenominatorColumn)
{
    /// <summary>A row of a workbook; columns are letters.</summary>
    public static FigureLocation WorkbookRow(string sheet, int row, string unitColumn, string indicatorColumn, string numeratorColumn, string denominatorColumn) =>
        new(sheet, row, unitColumn, indicatorColumn, numeratorColumn, denominatorColumn);

    /// <summary>An item of an API request; <paramref name="index"/> counts from 0 as in the JSON array.</summary>
    public static FigureLocation RequestItem(int index) => new(null, index, "unitCode", "indicatorCode", "numerator", "denominator");

    public bool IsWorkbook => Sheet is not null;

    /// <summary>"Trang tính 'Số liệu', dòng 12, cột F" or "items[3].numerator".</summary>
    public string Describe(string? column = null) => IsWorkbook
        ? column is null
            ? string.Create(CultureInfo.InvariantCulture, $"Trang tính '{Sheet}', dòng {Row}")
            : string.Create(CultureInfo.InvariantCulture, $"Trang tính '{Sheet}', dòng {Row}, cột {column}")
        : column is null
            ? string.Create(CultureInfo.InvariantCulture, $"items[{Row}]")
            : string.Create(CultureInfo.InvariantCulture, $"items[{Row}].{column}");
}

/// <summary>One problem found in a batch, with where it is. Nothing of a batch with problems is written.</summary>
/// <param name="Sheet">Workbook sheet, or null for an API request or a problem of the whole file.</param>
/// <param name="Row">Workbook row (from 1) or API item index (from 0); null for the whole file or request.</param>
/// <param name="Column">Column letter or JSON property; null when the whole row is meant.</param>
/// <param name="Message">What is wrong and how to fix it, in Vietnamese.</param>
public sealed record FigureIssue(string? Sheet, int? Row, string? Column, string Message)
{
    public static FigureIssue ForBatch(string message) => new(null, null, null, message);

    public static FigureIssue At(FigureLocation location, string? column, string message)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new(location.Sheet, location.Row, column, message);
    }

    /// <summary>Where, in words: "Trang tính 'Số liệu', dòng 12, cột F"; empty for the whole batch.</summary>
    public string Where => (Sheet, Row, Column) switch
    {
        (null, null, _) => string.Empty,
        (not null, { } row, null) => string.Create(CultureInfo.InvariantCulture, $"Trang tính '{Sheet}', dòng {row}"),
        (not null, { } row, { } column) => string.Create(CultureInfo.InvariantCulture, $"Trang tính '{Sheet}', dòng {row}, cột {column}"),
        (null, { } item, null) => string.Create(CultureInfo.InvariantCulture, $"items[{item}]"),
        (null, { } item, { } property) => string.Create(CultureInfo.InvariantCulture, $"items[{item}].{property}"),
        _ => string.Empty,
    };

    public override string ToString() => Where.Length == 0 ? Message : $"{Where}: {Message}";
}
