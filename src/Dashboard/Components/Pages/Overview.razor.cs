using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Pages;

public partial class Overview
{
    private OverviewViewModel? _model;
    private GridPage _page = OverviewGrid.Page([], 1);

    [Inject]
    private OverviewViewModelBuilder Builder { get; set; } = null!;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

    /// <summary>so-ban-nganh, xa-phuong, or empty for all units.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.GroupKey)]
    public string? GroupToken { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.SortKey)]
    public string? SortKey { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.DescendingKey)]
    public bool Descending { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.FilterKey)]
    public string? Filter { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.PageKey)]
    public int? PageNumber { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _model = await Builder.BuildAsync(PeriodToken, ViewQuery.ParseGroup(GroupToken));
        _page = OverviewGrid.Page(OverviewGrid.Apply(_model.Rows, Filter, SortKey, Descending), PageNumber ?? 1);
    }

    private string IndicatorHref(string code) => Links.Indicator(code, _model?.Period?.ToToken(), ViewQuery.GroupToken(_model?.Group));
}
