using System.Globalization;

namespace TargetsDashboard.Kpi;

public enum PeriodKind
{
    Month = 0,
    Quarter = 1,
    Year = 2,
    YearToDate = 3,
}

/// <summary>
/// A reporting period: a month, a quarter, a year, or a year to date (January to a given month).
/// </summary>
public sealed record Period
{
    private Period(PeriodKind kind, YearMonth start, YearMonth end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public PeriodKind Kind { get; }

    /// <summary>First month of the period.</summary>
    public YearMonth Start { get; }

    /// <summary>Last month of the period, inclusive.</summary>
    public YearMonth End { get; }

    public static Period ForMonth(YearMonth month) => new(PeriodKind.Month, month, month);

    public static Period ForQuarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new YearMonth(year, ((quarter - 1) * 3) + 1);
        return new(PeriodKind.Quarter, start, start.AddMonths(2));
    }

    public static Period ForYear(int year) => new(PeriodKind.Year, new YearMonth(year, 1), new YearMonth(year, 12));

    public static Period YearToDate(YearMonth through) => new(PeriodKind.YearToDate, new YearMonth(through.Year, 1), through);

    public IEnumerable<YearMonth> Months
    {
        get
        {
            for (var month = Start; month <= End; month = month.AddMonths(1))
            {
                yield return month;
            }
        }
    }

    public bool Contains(YearMonth month) => month >= Start && month <= End;

    /// <summary>The period of the same kind just before this one (for a year to date, the same months a year earlier).</summary>
    public Period Previous() => Kind switch
    {
        PeriodKind.Month => ForMonth(Start.AddMonths(-1)),
        PeriodKind.Quarter => ForQuarter(Start.AddMonths(-3).Year, Start.AddMonths(-3).Quarter),
        PeriodKind.Year => ForYear(Start.Year - 1),
        PeriodKind.YearToDate => YearToDate(End.AddMonths(-12)),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    /// <summary>The form used in URLs: 2025-10, 2025-Q3, 2025, 2025-YTD10.</summary>
    public string ToToken() => Kind switch
    {
        PeriodKind.Month => Start.ToIsoString(),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}-Q{Start.Quarter}"),
        PeriodKind.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.YearToDate => string.Create(CultureInfo.InvariantCulture, $"{End.Year}-YTD{End.Month:00}"),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    /// <summary>Parses a URL token; false when malformed or outside the supported years (<see cref="YearMonth.FirstSupportedYear"/>–<see cref="YearMonth.LastSupportedYear"/>).</summary>
    public static bool TryParseToken(string? token, out Period period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        if (YearMonth.TryParseIso(token, out var month))
        {
            period = ForMonth(month);
            return true;
        }

        if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && YearMonth.IsSupportedYear(year))
        {
            period = ForYear(year);
            return true;
        }

        if (token.Length == 7 && token[4] == '-' && token[5] == 'Q'
            && int.TryParse(token.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && token[6] is >= '1' and <= '4' && YearMonth.IsSupportedYear(year))
        {
            period = ForQuarter(year, token[6] - '0');
            return true;
        }

        if (token.Length == 10 && token.AsSpan(4, 4).SequenceEqual("-YTD")
            && int.TryParse(token.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(token.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var through)
            && through is >= 1 and <= 12 && YearMonth.IsSupportedYear(year))
        {
            period = YearToDate(new YearMonth(year, through));
            return true;
        }

        return false;
    }

    public override string ToString() => ToToken();
}
