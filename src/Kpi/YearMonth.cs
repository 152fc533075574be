using System.Globalization;

namespace TargetsDashboard.Kpi;

/// <summary>A calendar month, the grain of every measurement.</summary>
/// <remarks>
/// A value may lie anywhere in 1900–9999, but input (URLs, forms, files, the API) is accepted only from
/// <see cref="FirstSupported"/> to <see cref="LastSupported"/>: 01/2000 to 12/2099. The pages step from the chosen
/// month to the previous period, a year back and up to <see cref="MaxStepMonths"/> months either way (history, trend,
/// change columns), so every month a supported input leads to stays far inside what a value can hold, and no step
/// from user input can overflow. <see cref="TryParseIso"/> and <see cref="Period.TryParseToken"/> are the only parsers.
/// </remarks>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>First year a user may ask for.</summary>
    public const int FirstSupportedYear = 2000;

    /// <summary>Last year a user may ask for.</summary>
    public const int LastSupportedYear = 2099;

    /// <summary>How far the code steps from a month it was given, at most (two years of history, either way).</summary>
    public const int MaxStepMonths = 24;

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
    public static YearMonth FirstSupported => new(FirstSupportedYear, 1);

    public static YearMonth LastSupported => new(LastSupportedYear, 12);

    /// <summary>True when a month lies in the range users may ask for.</summary>
    public static bool IsSupported(YearMonth month) => IsSupportedYear(month.Year);

    public static bool IsSupportedYear(int year) => year is >= FirstSupportedYear and <= LastSupportedYear;

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

    /// <summary>Parses yyyy-MM; false outside the supported range (see the type's remarks).</summary>
    public static bool TryParseIso(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || !IsSupportedYear(year))
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }
}
