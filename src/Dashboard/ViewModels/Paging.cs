using TargetsDashboard.Formatting;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>
/// Pages of the long lists of the indicator and rankings pages. A province (about 110 units) fits on one page and
/// renders as before; a national instance (4,000 units) would otherwise send thousands of rows in one response,
/// which cost most of the page's time and the circuit's memory.
/// </summary>
public static class Paging
{
    /// <summary>Rows per page, as the overview grid (<see cref="OverviewGrid.PageSize"/>).</summary>
    public const int PageSize = OverviewGrid.PageSize;

    /// <summary>One page of items; no page number, or one out of range, gives the nearest page.</summary>
    public static ListPage<T> Page<T>(IReadOnlyList<T> items, int? page, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var pageCount = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var current = Math.Clamp(page ?? 1, 1, pageCount);
        var offset = (current - 1) * pageSize;
        var rows = offset == 0 && items.Count <= pageSize ? items : items.Skip(offset).Take(pageSize).ToList();
        return new ListPage<T>(rows, current, pageCount, items.Count, offset);
    }
}

/// <summary>The items of one page of a list.</summary>
/// <param name="Page">The page shown, from 1.</param>
/// <param name="TotalCount">Items on all pages.</param>
/// <param name="Offset">Items before this page.</param>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Page, int PageCount, int TotalCount, int Offset)
{
    /// <summary>"1–120 trong 4.000 đơn vị"; the count alone when everything fits on one page.</summary>
    public string RangeText
    {
        get
        {
            var culture = Vietnam.Culture;
            var total = TotalCount.ToString("N0", culture);
            return PageCount == 1
                ? $"{total} đơn vị"
                : $"{(Offset + 1).ToString("N0", culture)}–{(Offset + Items.Count).ToString("N0", culture)} trong {total} đơn vị";
        }
    }
}
