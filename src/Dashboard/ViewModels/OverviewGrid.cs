using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>Filtering and sorting of the status grid. Unknown values always sort last, whatever the direction.</summary>
public static class OverviewGrid
{
    public const string ByRank = "hang";
    public const string ByName = "ten";
    public const string ByScore = "diem";
    public const string ByNotMet = "chua-dat";

    /// <summary>Sort key for an indicator's gap to target: "thieu-DIGITIZED".</summary>
    public const string GapPrefix = "thieu-";

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(DashboardServiceCollectionExtensions.Culture, ignoreCase: true);

    public static IReadOnlyList<OverviewRow> Apply(IReadOnlyList<OverviewRow> rows, string? filter, string? sortKey, bool descending)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IEnumerable<OverviewRow> result = rows;
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var needle = filter.Trim();
            result = result.Where(r =>
                DashboardServiceCollectionExtensions.Culture.CompareInfo.IndexOf(r.UnitName, needle, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0
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
