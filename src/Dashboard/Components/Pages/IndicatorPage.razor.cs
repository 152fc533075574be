using Microsoft.AspNetCore.Components;
using MudBlazor;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Components.Pages;

public partial class IndicatorPage
{
    private IndicatorPageViewModel? _model;
    private ListPage<UnitBar> _page = Paging.Page<UnitBar>([], 1);
    private bool _unavailable;

    [Inject]
    private IndicatorPageViewModelBuilder Builder { get; set; } = null!;

    /// <summary>Present while the page is rendered on the server for the first response: lets an unknown code answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    /// <summary>The indicator's code, e.g. DIGITIZED.</summary>
    [Parameter]
    public string Code { get; set; } = string.Empty;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

    /// <summary>so-ban-nganh, xa-phuong, or empty for all units.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.GroupKey)]
    public string? GroupToken { get; set; }

    /// <summary>Page of the units' bars and table, from 1; a national instance has 4,000 units, a province one page.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PageKey)]
    public string? PageToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _unavailable = ViewQuery.IsUnavailable(PeriodToken);
        if (_unavailable)
        {
            _model = null;
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Period(PeriodToken));
            return;
        }

        _model = await Builder.BuildAsync(Code, PeriodToken, ViewQuery.ParseGroup(GroupToken));
        _page = Paging.Page(_model.Bars, Paging.ParsePage(PageToken));
        if (!_model.Found)
        {
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Indicator(Code));
        }
    }

    private string OverviewHref => Links.Overview(_model?.Period?.ToToken(), ViewQuery.GroupToken(_model?.Group));

    private static Color StatusColor(KpiStatus status) => status switch
    {
        KpiStatus.Met => Color.Success,
        KpiStatus.NotMet => Color.Error,
        _ => Color.Default,
    };
}
