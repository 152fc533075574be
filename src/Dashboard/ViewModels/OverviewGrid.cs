namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>Filtering and sorting of the status grid. Unknown values always sort last, whatever the direction.</summary>
public static class OverviewGrid
{
    public const string ByRank = "hang";
    public const string ByName = "ten";
    public const string ByScore = "diem";
    public const string ByNotMet = "chua-dat";

    /// <summary>Rows per page: a province (about 110 units) fits on one page; a national instance pages.</summary>
    public const int PageSize = 120;

    /// <summary>Sort key for an indicator's gap to target: "thieu-DIGITIZED".</summary>
    public const string GapPrefix = "thieu-";

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(Vietnam.Culture, ignoreCase: true);

    public static IReadOnlyList<OverviewRow> Apply(IReadOnlyList<OverviewRow> rows, string? filter, string? sortKey, bool descending)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IEnumerable<OverviewRow> result = rows;
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var needle = filter.Trim();
            result = result.Where(r =>
                Vietnam.Culture.CompareInfo.IndexOf(r.UnitName, needle, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0
                || r.UnitCode.Contains(needle, StringComparison.OrdinalIgnoreCase));
        }

        var key = string.IsNullOrWhiteSpace(sortKey) ? ByRank : sortKey;
        return key switch
        {
            ByName => Order(result, r => r.UnitName, descending, VietnameseOrder),
            ByScore => OrderKnownFirst(result, r => r.Rank is null ? null : (decimal?)r.Score, descending),
            ByNotMet => OrderKnownFirst(result, r => (int?)r.NotMetCount, descending),
            _ when key.StartsWith(GapPrefix, StringComparison.Ordinal) => OrderKnownFirst(result, r => Gap(r, key[GapPrefix.Length..]), descending),
            _ when rows.Count > 0 && rows[0].Cells.ContainsKey(key) => OrderKnownFirst(result, r => r.Cells.GetValueOrDefault(key)?.Ratio, descending),
            _ => OrderKnownFirst(result, r => r.Rank, descending),
        };
    }

    /// <summary>One page of rows; a page number out of range gives the nearest page.</summary>
    public static GridPage Page(IReadOnlyList<OverviewRow> rows, int page)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var pageCount = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        return new GridPage(rows.Skip((current - 1) * PageSize).Take(PageSize).ToList(), current, pageCount, rows.Count, (current - 1) * PageSize);
    }

    /// <summary>Points to target: 0 when met, the gap when not, unknown when unknown.</summary>
    private static decimal? Gap(OverviewRow row, string code) => row.Cells.GetValueOrDefault(code) switch
    {
        { Status: KpiStatus.Met } => 0,
        { Status: KpiStatus.NotMet, GapPoints: var points } => points,
        _ => null,
    };

    private static List<OverviewRow> Order<TKey>(IEnumerable<OverviewRow> rows, Func<OverviewRow, TKey> key, bool descending, IComparer<TKey> comparer) =>
        (descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer)).ToList();

    private static List<OverviewRow> OrderKnownFirst<TKey>(IEnumerable<OverviewRow> rows, Func<OverviewRow, TKey?> key, bool descending)
        where TKey : struct, IComparable<TKey>
    {
        var list = rows.ToList();
        var known = list.Where(r => key(r) is not null);
        var ordered = descending
            ? known.OrderByDescending(r => key(r)!.Value).ThenBy(r => r.UnitName, VietnameseOrder)
            : known.OrderBy(r => key(r)!.Value).ThenBy(r => r.UnitName, VietnameseOrder);
        return ordered.Concat(list.Where(r => key(r) is null).OrderBy(r => r.UnitName, VietnameseOrder)).ToList();
    }
}

/// <summary>The rows of one page of the grid.</summary>
/// <param name="FilteredCount">Rows that pass the filter, on all pages.</param>
/// <param name="Offset">Rows before this page.</param>
public sealed record GridPage(IReadOnlyList<OverviewRow> Rows, int Page, int PageCount, int FilteredCount, int Offset);
