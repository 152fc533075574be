namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>How the selections of a view are written in its URL, so that any view can be linked and survives a refresh.</summary>
public static class ViewQuery
{
    /// <summary>Query key of the period: ?ky=2025-10, 2025-Q3, 2025, 2025-YTD10.</summary>
    public const string PeriodKey = "ky";

    /// <summary>Query key of the peer group: ?nhom=so-ban-nganh or xa-phuong; absent for all units.</summary>
    public const string GroupKey = "nhom";

    public const string SortKey = "sx";

    public const string DescendingKey = "giam";

    public const string FilterKey = "tim";

    /// <summary>Page of a long table, from 1.</summary>
    public const string PageKey = "trang";

    /// <summary>Page of the departments' table on the rankings page, which has two long tables.</summary>
    public const string DepartmentsPageKey = "trang-so";

    /// <summary>Page of the communes' and wards' table on the rankings page.</summary>
    public const string CommunesPageKey = "trang-xa";

    /// <summary>Query key of the units chosen for a chart: ?dv=so-tu-phap,xa-tan-phu (unit codes, comma-separated).</summary>
    public const string UnitsKey = "dv";

    public const string DepartmentsToken = "so-ban-nganh";

    public const string CommunesToken = "xa-phuong";

    /// <summary>The period named in the URL, or the latest month with figures (null when there are none).</summary>
    public static Period? ParsePeriod(string? token, YearMonth? latestMonth) =>
        Period.TryParseToken(token, out var period) ? period : latestMonth is { } month ? Period.ForMonth(month) : null;

    /// <summary>
    /// True when the URL names a period the app cannot show: malformed, or outside the supported range (see
    /// <see cref="YearMonth"/>). The page then says so (404 on the server) instead of quietly showing another period.
    /// No period at all (absent or empty) means the latest month.
    /// </summary>
    public static bool IsUnavailable(string? periodToken) => !string.IsNullOrWhiteSpace(periodToken) && !Period.TryParseToken(periodToken, out _);

    /// <summary>A yes/no key such as <c>giam=true</c>: anything but "true" is no (a query value must never fail a page).</summary>
    public static bool ParseFlag(string? token) => bool.TryParse(token, out var value) && value;

    public static PeerGroup? ParseGroup(string? token) => token switch
    {
        DepartmentsToken => PeerGroup.Departments,
        CommunesToken => PeerGroup.CommunesAndWards,
        _ => null,
    };

    public static string? GroupToken(PeerGroup? group) => group switch
    {
        PeerGroup.Departments => DepartmentsToken,
        PeerGroup.CommunesAndWards => CommunesToken,
        _ => null,
    };

    /// <summary>
    /// The unit codes named in <c>dv</c>, in the order given, without duplicates; codes not in
    /// <paramref name="knownCodes"/> are ignored. Empty when the key is absent.
    /// </summary>
    public static IReadOnlyList<string> ParseUnitCodes(string? token, IEnumerable<string> knownCodes)
    {
        ArgumentNullException.ThrowIfNull(knownCodes);
        if (string.IsNullOrWhiteSpace(token))
        {
            return [];
        }

        var known = knownCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return token.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(code => known.Contains(code) && seen.Add(code))
            .Select(code => known.TryGetValue(code, out var canonical) ? canonical : code)
            .ToList();
    }

    /// <summary>The <c>dv</c> value for a list of unit codes; null when there are none.</summary>
    public static string? UnitCodesToken(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var joined = string.Join(',', codes);
        return joined.Length == 0 ? null : joined;
    }
}
