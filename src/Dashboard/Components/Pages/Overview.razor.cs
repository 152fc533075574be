namespace TargetsDashboard.Dashboard.Components.Pages;

public partial class Overview
{
    private GridPage _page = OverviewGrid.Page([], 1);

    [Inject]
    private OverviewViewModelBuilder Builder { get; set; } = null!;

    /// <summary>so-ban-nganh, xa-phuong, or empty for all units.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.GroupKey)]
    public string? GroupToken { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.SortKey)]
    public string? SortKey { get; set; }

    /// <summary>"true" sorts descending; read as text, so that no value in the URL can fail the page.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.DescendingKey)]
    public string? DescendingToken { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.FilterKey)]
    public string? Filter { get; set; }

    /// <summary>Page of the grid, from 1, as written in the URL (see <see cref="Paging.ParsePage"/>).</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PageKey)]
    public string? PageToken { get; set; }

    private bool Descending => ViewQuery.ParseFlag(DescendingToken);

    protected override Task<OverviewViewModel> BuildModelAsync() => Builder.BuildAsync(PeriodToken, ViewQuery.ParseGroup(GroupToken));

    protected override void OnModelBuilt(OverviewViewModel model)
    {
        _page = OverviewGrid.Page(OverviewGrid.Apply(model.Rows, Filter, SortKey, Descending), Paging.ParsePage(PageToken) ?? 1);
    }

    private string IndicatorHref(string code) => Links.Indicator(code, Model?.Period?.ToToken(), ViewQuery.GroupToken(Model?.Group));
}
