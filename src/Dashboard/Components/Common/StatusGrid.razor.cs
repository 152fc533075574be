namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// The unit × indicator grid. Sorting is by links (the URL holds the sort, so it works before the circuit connects);
/// the filter navigates too.
/// </summary>
public partial class StatusGrid
{
    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Parameter, EditorRequired]
    public IReadOnlyList<IndicatorColumn> Columns { get; set; } = [];

    /// <summary>The rows of the page to show, with the counts behind them.</summary>
    [Parameter, EditorRequired]
    public GridPage Page { get; set; } = OverviewGrid.Page([], 1);

    [Parameter]
    public int TotalRows { get; set; }

    [Parameter]
    public string? SortKey { get; set; }

    [Parameter]
    public bool Descending { get; set; }

    [Parameter]
    public string? Filter { get; set; }

    [Parameter]
    public string? PeriodToken { get; set; }

    [Parameter]
    public string? GroupToken { get; set; }

    private string CurrentSort => string.IsNullOrEmpty(SortKey) ? OverviewGrid.ByRank : SortKey;

    /// <summary>A link that sorts by <paramref name="key"/>; clicking the current sort again flips its direction.</summary>
    private string SortHref(string key, bool descendingFirst)
    {
        var descending = key == CurrentSort ? !Descending : descendingFirst;
        return Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [ViewQuery.SortKey] = key == OverviewGrid.ByRank && !descending ? null : key,
            [ViewQuery.DescendingKey] = descending ? "true" : null,
            [ViewQuery.PageKey] = null,
        });
    }

    private string SortMark(string key) => key == CurrentSort ? (Descending ? " ▼" : " ▲") : string.Empty;

    private string? AriaSort(string key) => key == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    private void FilterChanged(string? value) =>
        Navigation.NavigateTo(
            Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
            {
                [ViewQuery.FilterKey] = string.IsNullOrWhiteSpace(value) ? null : value.Trim(),
                [ViewQuery.PageKey] = null,
            }),
            replace: true);

    private string PageHref(int page) => Navigation.GetUriWithQueryParameter(ViewQuery.PageKey, page == 1 ? null : page);

    private string CountText
    {
        get
        {
            var culture = Vietnam.Culture;
            var shown = Page.Rows.Count == 0 ? "0" : $"{(Page.Offset + 1).ToString("N0", culture)}–{(Page.Offset + Page.Rows.Count).ToString("N0", culture)}";
            return Page.FilteredCount == TotalRows
                ? $"{shown} trong {TotalRows.ToString("N0", culture)} đơn vị"
                : $"{shown} trong {Page.FilteredCount.ToString("N0", culture)} đơn vị khớp bộ lọc (tổng {TotalRows.ToString("N0", culture)})";
        }
    }

    private static string CellClass(GridCell cell) => cell.Status switch
    {
        KpiStatus.Met => "numeric cell cell-met",
        KpiStatus.NotMet when cell.IsClose => "numeric cell cell-close",
        KpiStatus.NotMet => "numeric cell cell-not-met",
        _ => "numeric cell cell-unknown",
    };
}
