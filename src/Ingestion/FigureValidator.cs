using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data.Figures;
using YearMonth = TargetsDashboard.Kpi.YearMonth;

namespace TargetsDashboard.Ingestion;

/// <summary>What a batch is checked against: the units, the indicators and the month's figures as they are now.</summary>
/// <param name="RuleSet766">The 766 rule set in force in the month: which sub-indicators come as a rate, and the names in year-to-date messages.</param>
/// <param name="PreviousYearToDate">For a year-to-date batch: each unit's stored 766 figures from January to the month before, summed and dated that month.</param>
public sealed record ValidationContext(
    IReadOnlyDictionary<string, Unit> UnitsByCode,
    IReadOnlyDictionary<string, Indicator> IndicatorsByCode,
    IReadOnlyDictionary<(int UnitId, int IndicatorId), Measurement> Existing,
    bool MonthLocked,
    Kpi.Index766RuleSet? RuleSet766 = null,
    IReadOnlyList<Kpi.Measurement>? PreviousYearToDate = null);

/// <summary>
/// Checks a batch, whichever way it came (Excel or API), against the figure rules every channel shares
/// (<see cref="FigureRules"/>) and the rules of a batch (known codes, one row per unit and indicator). Pure: the same
/// batch and context give the same preview, and nothing here touches the database.
/// </summary>
public static class FigureValidator
{

    public static ImportPreview Validate(FigureBatch batch, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(context);

        var issues = new List<FigureIssue>(batch.ReaderIssues);
        var warnings = new List<FigureIssue>();
        if (FigureRules.MonthProblem(context.MonthLocked, YearMonth.FromDate(batch.Month)) is { } locked)
        {
            issues.Insert(0, FigureIssue.ForBatch(locked));
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
            var rateOnly = indicator is not null && context.RuleSet766?.Find(indicator.Code) is { IsRateOnly: true };
            var (numerator, denominator) = rateOnly
                ? CheckRate(figure, indicator!, issues)
                : (CheckCount(figure.Numerator, FigureMessages.Numerator, location, location.NumeratorColumn, issues),
                   CheckCount(figure.Denominator, FigureMessages.Denominator, location, location.DenominatorColumn, issues));
            if (numerator is { } n && denominator is { } d)
            {
                if (n > d)
                {
                    issues.Add(FigureIssue.At(location, location.NumeratorColumn, FigureMessages.NumeratorAboveDenominator(n, d)));
                }
                else if (indicator is not null && FigureRules.RatioProblem(n, d, indicator) is { } ratio)
                {
                    issues.Add(FigureIssue.At(location, location.DenominatorColumn, ratio));
                }
                else if (indicator is not null && FigureRules.RatioWarning(d, indicator) is { } warning)
                {
                    warnings.Add(FigureIssue.At(location, location.DenominatorColumn, warning));
                }
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

            if (batch.IsYearToDate && !rateOnly)
            {
                var (monthNumerator, monthDenominator, refusal) = YearToDateMonth(batch, context, unit, indicator, numerator!.Value, denominator!.Value);
                if (refusal is not null)
                {
                    issues.Add(FigureIssue.At(location, location.NumeratorColumn, refusal));
                    continue;
                }

                (numerator, denominator) = (monthNumerator, monthDenominator);
            }

            context.Existing.TryGetValue((unit.Id, indicator.Id), out var existing);
            var kind = existing is null
                ? PreviewRowKind.New
                : existing.Numerator == numerator && existing.Denominator == denominator ? PreviewRowKind.Unchanged : PreviewRowKind.Changed;
            rows.Add(new PreviewRow(
                location, unit.Id, unit.Code, unit.Name, indicator.Id, indicator.Code, indicator.ShortNameVi,
                numerator!.Value, denominator!.Value, existing?.Numerator, existing?.Denominator, existing?.Version, kind));
        }

        return new ImportPreview(batch, issues, rows) { MonthLocked = context.MonthLocked, Warnings = warnings };
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

        if (FigureRules.UnitProblem(unit, YearMonth.FromDate(month), unit.Successor?.Code) is { } inactive)
        {
            issues.Add(FigureIssue.At(location, location.UnitColumn, inactive));
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

    /// <summary>The month's figure of a year-to-date one: the sub-indicator's rule in Kpi, one figure at a time.</summary>
    private static (long? Numerator, long? Denominator, string? Refusal) YearToDateMonth(
        FigureBatch batch, ValidationContext context, Unit unit, Indicator indicator, long numerator, long denominator)
    {
        if (FigureRules.YearToDateProblem(indicator) is { } notFor766)
        {
            return (null, null, notFor766);
        }

        var month = YearMonth.FromDate(batch.Month);
        var conversion = Kpi.YearToDateFigures.ToMonth(
            month,
            [new Kpi.Measurement(unit.Id, indicator.Code, month, numerator, denominator)],
            context.PreviousYearToDate ?? [],
            [Data.KpiDataSource.ToUnitInfo(unit)],
            context.RuleSet766 ?? Kpi.Index766RuleSet.Portal2025,
            n => FigureMessages.Count(n));
        return conversion.Refusals is [var refusal, ..]
            ? (null, null, refusal.MessageVi)
            : (conversion.Monthly[0].Numerator, conversion.Monthly[0].Denominator, null);
    }

    /// <summary>A rate-only sub-indicator: the percent in the numerator's place, stored over the rate scale.</summary>
    private static (long? Numerator, long? Denominator) CheckRate(IncomingFigure figure, Indicator indicator, List<FigureIssue> issues)
    {
        var location = figure.Location;
        var channel = location.IsWorkbook ? FigureChannel.Workbook : FigureChannel.Api;
        var problem = figure.Numerator switch
        {
            { IsMissing: true } => FigureMessages.Missing(FigureMessages.Numerator),
            { Value: null } => FigureMessages.NotANumber(FigureMessages.Numerator, figure.Numerator.Text!, channel),
            { Value: { } percent } => FigureRules.RateProblem(percent, figure.Denominator.Value, indicator.ShortNameVi, channel),
        };
        if (problem is null && figure.Denominator is { IsMissing: false, Value: null })
        {
            problem = FigureMessages.NotANumber(FigureMessages.Denominator, figure.Denominator.Text!, channel);
        }

        if (problem is not null)
        {
            issues.Add(FigureIssue.At(location, location.NumeratorColumn, problem));
            return (null, null);
        }

        var (numerator, denominator) = FigureRules.RateAsFigure(figure.Numerator.Value!.Value);
        return (numerator, denominator);
    }

    private static long? CheckCount(IncomingNumber value, string what, FigureLocation location, string column, List<FigureIssue> issues)
    {
        var channel = location.IsWorkbook ? FigureChannel.Workbook : FigureChannel.Api;
        var problem = value switch
        {
            { IsMissing: true } => FigureMessages.Missing(what),
            { Value: null } => FigureMessages.NotANumber(what, value.Text!, channel),
            { Value: { } v } => FigureRules.CountProblem(v, what, channel),
        };
        if (problem is not null)
        {
            issues.Add(FigureIssue.At(location, column, problem));
            return null;
        }

        return (long)value.Value!.Value;
    }
}
