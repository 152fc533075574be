using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Pages;

public partial class Overview
{
    private OverviewViewModel? _model;
    private GridPage _page = OverviewGrid.Page([], 1);
    private bool _unavailable;

    [Inject]
    private OverviewViewModelBuilder Builder { get; set; } = null!;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    /// <summary>Present while the page is rendered on the server for the first response: lets an unknown period answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

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

    protected override async Task OnParametersSetAsync()
    {
        _unavailable = ViewQuery.IsUnavailable(PeriodToken);
        if (_unavailable)
        {
            _model = null;
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Period(PeriodToken));
            return;
        }

        _model = await Builder.BuildAsync(PeriodToken, ViewQuery.ParseGroup(GroupToken));
        _page = OverviewGrid.Page(OverviewGrid.Apply(_model.Rows, Filter, SortKey, Descending), Paging.ParsePage(PageToken) ?? 1);
    }

    private string IndicatorHref(string code) => Links.Indicator(code, _model?.Period?.ToToken(), ViewQuery.GroupToken(_model?.Group));
}
