using MudBlazor;

namespace TargetsDashboard.Dashboard.Components.Pages;

public partial class IndicatorPage
{
    private ListPage<UnitBar> _page = Paging.Page<UnitBar>([], 1);

    [Inject]
    private IndicatorPageViewModelBuilder Builder { get; set; } = null!;

    /// <summary>The indicator's code, e.g. DIGITIZED.</summary>
    [Parameter]
    public string Code { get; set; } = string.Empty;

    /// <summary>so-ban-nganh, xa-phuong, or empty for all units.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.GroupKey)]
    public string? GroupToken { get; set; }

    /// <summary>Page of the units' bars and table, from 1; a national instance has 4,000 units, a province one page.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PageKey)]
    public string? PageToken { get; set; }

    protected override Task<IndicatorPageViewModel> BuildModelAsync() => Builder.BuildAsync(Code, PeriodToken, ViewQuery.ParseGroup(GroupToken));

    protected override void OnModelBuilt(IndicatorPageViewModel model)
    {
        _page = Paging.Page(model.Bars, Paging.ParsePage(PageToken));
        if (!model.Found)
        {
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Indicator(Code));
        }
    }

    private string OverviewHref => Links.Overview(Model?.Period?.ToToken(), ViewQuery.GroupToken(Model?.Group));

    private static Color StatusColor(KpiStatus status) => status switch
    {
        KpiStatus.Met => Color.Success,
        KpiStatus.NotMet => Color.Error,
        _ => Color.Default,
    };
}
