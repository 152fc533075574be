using System.Globalization;

namespace TargetsDashboard.Kpi;

/// <summary>A calendar month, the grain of every measurement.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>Months since year 0, handy for arithmetic and compact storage.</summary>
    public int Index => (Year * 12) + Month - 1;

    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public int Quarter => ((Month - 1) / 3) + 1;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    /// <summary>The Vietnamese way of writing a month: 10/2025.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:00}/{Year}");

    /// <summary>The form used in URLs and files: 2025-10.</summary>
    public string ToIsoString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    public static bool TryParseIso(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year < 1900)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }
}
