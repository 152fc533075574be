using Microsoft.AspNetCore.Components;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>One screen for leaders, readable on a phone: per peer group, who leads, who moved, who falls behind.</summary>
public partial class LeadersSummary
{
    private LeadersViewModel? _model;
    private bool _unavailable;

    [Inject]
    private LeadersViewModelBuilder Builder { get; set; } = null!;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    /// <summary>Present while the page is rendered on the server for the first response: lets an unknown period answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _unavailable = ViewQuery.IsUnavailable(PeriodToken);
        if (_unavailable)
        {
            _model = null;
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Period(PeriodToken));
            return;
        }

        _model = await Builder.BuildAsync(PeriodToken);
    }
}
