using System.Globalization;

namespace TargetsDashboard.Kpi;

/// <summary>A year-to-date figure that cannot become a month's figure, with the reason in Vietnamese.</summary>
/// <param name="UnitId">The unit; 0 when the refusal is about the whole import.</param>
public sealed record YearToDateRefusal(int UnitId, string SubIndicatorCode, string MessageVi);

/// <summary>The month's figures derived from a year-to-date import.</summary>
/// <param name="Monthly">The month's figures of every accepted unit and sub-indicator, dated <paramref name="Month"/>.</param>
/// <param name="Refusals">What could not be derived; an import with any refusal should not be saved.</param>
/// <param name="RateOnly">Rate-only sub-indicators (<see cref="Index766SubIndicator.IsRateOnly"/>), left as imported: a rate cannot be differenced.</param>
public sealed record YearToDateConversion(
    YearMonth Month,
    IReadOnlyList<Measurement> Monthly,
    IReadOnlyList<YearToDateRefusal> Refusals,
    IReadOnlyList<Measurement> RateOnly)
{
    public bool IsAccepted => Refusals.Count == 0;
}

/// <summary>
/// The portal reports figures cumulated from January; the engine keeps months (a quarter is the sum of its months).
/// A month is the year-to-date figure less the previous month's year-to-date figure; January is its year-to-date
/// figure itself; a unit not yet active in the previous month starts from zero.
/// </summary>
public static class YearToDateFigures
{
    /// <param name="month">The month the import is for; every <paramref name="yearToDate"/> figure must be dated in it.</param>
    /// <param name="yearToDate">Cumulated figures from January to <paramref name="month"/>, one per unit and sub-indicator.</param>
    /// <param name="previousYearToDate">Cumulated figures stored for earlier months; only those of the month before are read.</param>
    /// <param name="units">The units, to name them as they were named in the month.</param>
    /// <param name="formatCount">How counts read in messages (the pages pass their vi-VN format); plain digits when null.</param>
    public static YearToDateConversion ToMonth(
        YearMonth month,
        IEnumerable<Measurement> yearToDate,
        IEnumerable<Measurement> previousYearToDate,
        IReadOnlyList<UnitInfo> units,
        Index766RuleSet ruleSet,
        Func<long, string>? formatCount = null)
    {
        ArgumentNullException.ThrowIfNull(yearToDate);
        ArgumentNullException.ThrowIfNull(previousYearToDate);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(ruleSet);
        formatCount ??= n => n.ToString(CultureInfo.InvariantCulture);

        var previousMonth = month.Month == 1 ? (YearMonth?)null : month.AddMonths(-1);
        var previous = new Dictionary<(int, string), Measurement>();
        foreach (var figure in previousYearToDate)
        {
            if (figure.Month == previousMonth)
            {
                previous[(figure.UnitId, figure.IndicatorCode)] = figure;
            }
        }

        var unitsById = units.ToDictionary(u => u.UnitId);
        var period = Period.ForMonth(month);
        var monthly = new List<Measurement>();
        var refusals = new List<YearToDateRefusal>();
        var rateOnly = new List<Measurement>();
        var seen = new HashSet<(int, string)>();
        foreach (var current in yearToDate)
        {
            if (current.Month != month)
            {
                throw new ArgumentException($"Every year-to-date figure must be dated {month}; one is dated {current.Month}.", nameof(yearToDate));
            }

            var unitName = unitsById.TryGetValue(current.UnitId, out var unit) ? unit.NameIn(period) : $"Đơn vị {current.UnitId}";
            var sub = ruleSet.Find(current.IndicatorCode);
            string Refuse(string reason) => $"{unitName}, chỉ tiêu {sub?.NameVi ?? current.IndicatorCode}: {reason}.";
            if (unit is null || sub is null)
            {
                refusals.Add(new(current.UnitId, current.IndicatorCode, Refuse(unit is null ? "đơn vị không có trong danh sách" : "không có trong bộ chỉ số 766")));
                continue;
            }

            if (!seen.Add((current.UnitId, current.IndicatorCode)))
            {
                refusals.Add(new(current.UnitId, current.IndicatorCode, Refuse($"có hơn một số lũy kế tháng {MonthText(month)}")));
                continue;
            }

            if (sub.IsRateOnly)
            {
                rateOnly.Add(current);
                continue;
            }

            long previousNumerator = 0;
            long previousDenominator = 0;
            if (previousMonth is { } before && unit.IsActiveIn(before))
            {
                if (!previous.TryGetValue((current.UnitId, current.IndicatorCode), out var earlier))
                {
                    refusals.Add(new(current.UnitId, current.IndicatorCode, Refuse($"chưa có số lũy kế tháng {MonthText(before)} để tính số của tháng {MonthText(month)}")));
                    continue;
                }

                (previousNumerator, previousDenominator) = (earlier.Numerator, earlier.Denominator);
            }

            var numeratorDrop = current.Numerator < previousNumerator;
            var denominatorDrop = current.Denominator < previousDenominator;
            if (numeratorDrop || denominatorDrop)
            {
                foreach (var (drop, what, now, then) in new[]
                {
                    (numeratorDrop, "tử số", current.Numerator, previousNumerator),
                    (denominatorDrop, "mẫu số", current.Denominator, previousDenominator),
                })
                {
                    if (drop)
                    {
                        refusals.Add(new(current.UnitId, current.IndicatorCode, Refuse(
                            $"{what} lũy kế tháng {MonthText(month)} ({formatCount(now)}) nhỏ hơn tháng {MonthText(previousMonth!.Value)} ({formatCount(then)})")));
                    }
                }

                continue;
            }

            monthly.Add(current with { Numerator = current.Numerator - previousNumerator, Denominator = current.Denominator - previousDenominator });
        }

        return new YearToDateConversion(month, monthly, refusals, rateOnly);
    }

    /// <summary>A month as the portal's users write it in a sentence: "3/2025".</summary>
    private static string MonthText(YearMonth month) => string.Create(CultureInfo.InvariantCulture, $"{month.Month}/{month.Year}");
}
