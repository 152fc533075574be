using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Ingestion;

/// <summary>What a batch is checked against: the units, the indicators and the month's figures as they are now.</summary>
public sealed record ValidationContext(
    IReadOnlyDictionary<string, Unit> UnitsByCode,
    IReadOnlyDictionary<string, Indicator> IndicatorsByCode,
    IReadOnlyDictionary<(int UnitId, int IndicatorId), Measurement> Existing,
    bool MonthLocked);

/// <summary>
/// The rules every batch meets, whichever way it came (Excel or API). Pure: the same batch and context give the
/// same preview, and nothing here touches the database.
/// </summary>
public static class FigureValidator
{
    /// <summary>No unit handles a billion dossiers a month: a larger count is a typing error.</summary>
    public const long MaxCount = 1_000_000_000;

    public static ImportPreview Validate(FigureBatch batch, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(context);

        var issues = new List<FigureIssue>(batch.ReaderIssues);
        if (context.MonthLocked)
        {
            issues.Insert(0, FigureIssue.ForBatch(IngestionMessages.MonthLocked(batch.Month)));
        }

        if (batch.Figures.Count == 0 && batch.ReaderIssues.Count == 0)
        {
            issues.Add(FigureIssue.ForBatch(IngestionMessages.Empty));
        }

        var rows = new List<PreviewRow>(batch.Figures.Count);
        var seen = new Dictionary<(int, int), FigureLocation>();
        var knownIndicators = context.IndicatorsByCode.Values.OrderBy(i => i.DisplayOrder).Select(i => i.Code).ToList();

        foreach (var figure in batch.Figures)
        {
            var location = figure.Location;
            var before = issues.Count;
            var unit = CheckUnit(figure, batch.Month, context, issues);
            var indicator = CheckIndicator(figure, context, knownIndicators, issues);
            var numerator = CheckCount(figure.Numerator, "tử số", location, location.NumeratorColumn, issues);
            var denominator = CheckCount(figure.Denominator, "mẫu số", location, location.DenominatorColumn, issues);
            if (numerator is { } n && denominator is { } d && n > d)
            {
                issues.Add(FigureIssue.At(location, location.NumeratorColumn, IngestionMessages.NumeratorAboveDenominator(n, d)));
            }

            if (unit is null || indicator is null)
            {
                continue;
            }

            if (seen.TryGetValue((unit.Id, indicator.Id), out var first))
            {
                issues.Add(FigureIssue.At(location, null, IngestionMessages.Duplicate(first)));
                continue;
            }

            seen.Add((unit.Id, indicator.Id), location);
            if (issues.Count != before)
            {
                continue;
            }

            context.Existing.TryGetValue((unit.Id, indicator.Id), out var existing);
            var kind = existing is null
                ? PreviewRowKind.New
                : existing.Numerator == numerator && existing.Denominator == denominator ? PreviewRowKind.Unchanged : PreviewRowKind.Changed;
            rows.Add(new PreviewRow(
                location, unit.Id, unit.Code, unit.Name, indicator.Id, indicator.Code, indicator.ShortNameVi,
                numerator!.Value, denominator!.Value, existing?.Numerator, existing?.Denominator, existing?.Version, kind));
        }

        return new ImportPreview(batch, issues, rows) { MonthLocked = context.MonthLocked };
    }

    private static Unit? CheckUnit(IncomingFigure figure, DateOnly month, ValidationContext context, List<FigureIssue> issues)
    {
        var location = figure.Location;
        var code = figure.UnitCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            issues.Add(FigureIssue.At(location, location.UnitColumn, IngestionMessages.MissingUnit));
            return null;
        }

        if (!context.UnitsByCode.TryGetValue(code, out var unit))
        {
            issues.Add(FigureIssue.At(location, location.UnitColumn, IngestionMessages.UnknownUnit(code)));
            return null;
        }

        if (!unit.IsActiveIn(Kpi.YearMonth.FromDate(month)))
        {
            issues.Add(FigureIssue.At(location, location.UnitColumn, IngestionMessages.InactiveUnit(unit.Code, unit.Name, month, unit.Successor?.Code)));
            return null;
        }

        return unit;
    }

    private static Indicator? CheckIndicator(IncomingFigure figure, ValidationContext context, IReadOnlyList<string> known, List<FigureIssue> issues)
    {
        var location = figure.Location;
        var code = figure.IndicatorCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            issues.Add(FigureIssue.At(location, location.IndicatorColumn, IngestionMessages.MissingIndicator));
            return null;
        }

        if (!context.IndicatorsByCode.TryGetValue(code, out var indicator))
        {
            issues.Add(FigureIssue.At(location, location.IndicatorColumn, IngestionMessages.UnknownIndicator(code, known)));
            return null;
        }

        return indicator;
    }

    private static long? CheckCount(IncomingNumber value, string what, FigureLocation location, string column, List<FigureIssue> issues)
    {
        string? problem = value switch
        {
            { IsMissing: true } => IngestionMessages.Missing(what),
            { Value: null } => IngestionMessages.NotANumber(what, value.Text!, location.IsWorkbook),
            { Value: < 0 } => IngestionMessages.Negative(what, value.Value.Value, location.IsWorkbook),
            { Value: var v } when v != decimal.Truncate(v!.Value) => IngestionMessages.Fraction(what, v.Value, location.IsWorkbook),
            { Value: > MaxCount } => IngestionMessages.TooLarge(what, value.Value.Value),
            _ => null,
        };
        if (problem is not null)
        {
            issues.Add(FigureIssue.At(location, column, problem));
            return null;
        }

        return (long)value.Value!.Value;
    }
}
