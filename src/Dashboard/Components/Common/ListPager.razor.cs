namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>Links to the neighbouring pages of a list; nothing when the list fits on one page.</summary>
public partial class ListPager
{
    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Parameter, EditorRequired]
    public int Page { get; set; } = 1;

    [Parameter, EditorRequired]
    public int PageCount { get; set; } = 1;

    /// <summary>"1–120 trong 4.000 đơn vị".</summary>
    [Parameter]
    public string RangeText { get; set; } = string.Empty;

    /// <summary>The query key of this list's page (<see cref="ViewQuery.PageKey"/> unless a page has several lists).</summary>
    [Parameter]
    public string QueryKey { get; set; } = ViewQuery.PageKey;

    [Parameter]
    public string Label { get; set; } = "Phân trang";

    [Parameter]
    public string TestId { get; set; } = "pager";

    /// <summary>The current URL with only this list's page changed; page 1 is the URL without the key.</summary>
    private string PageHref(int page) => Navigation.GetUriWithQueryParameter(QueryKey, page == 1 ? null : page);
}
