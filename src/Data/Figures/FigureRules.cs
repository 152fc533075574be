using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Figures;

/// <summary>
/// The rules every figure meets, whichever way it comes (a correction, an Excel row, an API item, and the coming unit
/// submissions): whole non-negative counts, numerator at most the denominator, a zero denominator only where the
/// indicator allows it, a unit active in the month, an open month. Each answers null when the figure passes, or the
/// message of <see cref="FigureMessages"/> that says why not.
/// </summary>
public static class FigureRules
{
    /// <summary>No unit handles a billion dossiers a month: a larger count is a typing error.</summary>
    public const long MaxCount = 1_000_000_000;

    /// <summary>A count: whole, not negative, not absurdly large.</summary>
    /// <param name="what"><see cref="FigureMessages.Numerator"/> or <see cref="FigureMessages.Denominator"/>.</param>
    public static string? CountProblem(decimal value, string what, FigureChannel channel) => value switch
    {
        < 0 => FigureMessages.Negative(what, value, channel),
        _ when value != decimal.Truncate(value) => FigureMessages.Fraction(what, value, channel),
        > MaxCount => FigureMessages.TooLarge(what, value),
        _ => null,
    };

    /// <summary>The two counts together: the numerator within the denominator; a zero denominator where the indicator allows it.</summary>
    public static string? RatioProblem(long numerator, long denominator, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return RatioProblem(numerator, denominator, indicator.AllowsZeroDenominator, indicator.ShortNameVi, indicator.DenominatorVi);
    }

    /// <summary>The same rule for a figure whose indicator is known only by what it allows and how it is named (a unit's submission).</summary>
    /// <param name="denominatorMeaning">What the denominator counts, named in the refusal.</param>
    public static string? RatioProblem(long numerator, long denominator, bool allowsZeroDenominator, string indicatorShortName, string denominatorMeaning)
    {
        if (numerator > denominator)
        {
            return FigureMessages.NumeratorAboveDenominator(numerator, denominator);
        }

        return denominator == 0 && !allowsZeroDenominator ? FigureMessages.ZeroDenominatorRefused(indicatorShortName, denominatorMeaning) : null;
    }

    /// <summary>A figure that passes but will show as unknown (0/0 of a flow indicator): worth a warning, not a refusal.</summary>
    public static string? RatioWarning(long denominator, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return denominator == 0 && indicator.AllowsZeroDenominator ? FigureMessages.ZeroDenominatorUnknown(indicator.ShortNameVi) : null;
    }

    /// <summary>
    /// A sub-indicator the portal publishes only as a rate (the 766 index's ONLINE_SERVICE): a percent from 0 to 100 with
    /// at most the portal's two decimals, sent in the numerator's place; the denominator is left empty or 100.
    /// </summary>
    public static string? RateProblem(decimal percent, decimal? denominator, string indicatorShortName, FigureChannel channel) => percent switch
    {
        < 0 or > 100 => FigureMessages.RateOutOfRange(indicatorShortName, percent, channel),
        _ when percent * 100 != decimal.Truncate(percent * 100) => FigureMessages.RateTooPrecise(indicatorShortName, percent, channel),
        _ when denominator is { } d && d != 100 => FigureMessages.RateDenominator(indicatorShortName, d),
        _ => null,
    };

    /// <summary>A rate in percent (88.57) as the stored numerator over <see cref="Index766RuleSet.RateScale"/> (8857/10000).</summary>
    public static (long Numerator, long Denominator) RateAsFigure(decimal percent) => (Index766Figure.FromRate(percent / 100m).Numerator, Index766RuleSet.RateScale);

    /// <summary>Year-to-date figures are for the 766 index only: the directive's indicators are imported month by month.</summary>
    public static string? YearToDateProblem(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Scorecard == ScorecardKind.Index766 ? null : FigureMessages.YearToDateNotFor(indicator.ShortNameVi);
    }

    /// <summary>Why the unit takes no figures for the month (not yet founded, merged away: its successor named), or null.</summary>
    /// <param name="successorCode">The code of the unit that took it over, when it was merged.</param>
    public static string? UnitProblem(Unit unit, YearMonth month, string? successorCode)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.IsActiveIn(month) ? null : FigureMessages.InactiveUnit(unit.Code, unit.Name, month, successorCode);
    }

    /// <summary>A closed month takes no figures, whichever way they come.</summary>
    public static string? MonthProblem(bool locked, YearMonth month) => locked ? FigureMessages.MonthLocked(month) : null;
}
