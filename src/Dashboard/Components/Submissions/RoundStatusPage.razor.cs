using TargetsDashboard.Dashboard.Components.Pages;
using TargetsDashboard.Dashboard.ViewModels.Submissions;
using TargetsDashboard.Data.Submissions.Status;

namespace TargetsDashboard.Dashboard.Components.Submissions;

/// <summary>The office follows a month's round: every unit's state, deadline and days late, filtered from the URL.</summary>
public partial class RoundStatusPage
{
    private RoundStatusView? _view;
    private bool _unavailable;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private SubmissionStatusQuery Query { get; set; } = null!;

    [Inject]
    private SubmissionWorkflow Workflow { get; set; } = null!;

    [SupplyParameterFromQuery(Name = SubmissionLinks.MonthKey)]
    public string? MonthToken { get; set; }

    [SupplyParameterFromQuery(Name = SubmissionLinks.StatusKey)]
    public string? StatusToken { get; set; }

    [SupplyParameterFromQuery(Name = SubmissionLinks.GroupKey)]
    public string? GroupToken { get; set; }

    protected override Task OnParametersSetAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        var month = Workflow.Month(MonthToken);
        _unavailable = month is null;
        if (month is null)
        {
            _view = null;
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Period(MonthToken));
            return;
        }

        _view = RoundStatusView.Build(await Query.ForMonthAsync(month.Value), StatusToken, GroupToken);
    }
}
