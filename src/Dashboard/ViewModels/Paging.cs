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

    /// <summary>The highest page number read from a URL; any longer number means "the last page".</summary>
    public const int MaxPageNumber = 999_999;

    /// <summary>
    /// The page named in the URL (<c>trang</c>, <c>trang-so</c>, <c>trang-xa</c>): digits only, bounded by
    /// <see cref="MaxPageNumber"/> so that no number overflows; larger numbers give the last page (<see cref="Page{T}"/>
    /// clamps), anything else (signs, letters, empty) the first.
    /// </summary>
    public static int? ParsePage(string? token)
    {
        if (string.IsNullOrEmpty(token) || !token.All(char.IsAsciiDigit))
        {
            return null;
        }

        var digits = token.TrimStart('0');
        return digits.Length switch
        {
            0 => 1,
            > 6 => MaxPageNumber,
            _ => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

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
