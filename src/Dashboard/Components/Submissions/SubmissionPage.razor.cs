using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TargetsDashboard.Dashboard.Components.Pages;
using TargetsDashboard.Dashboard.ViewModels.Submissions;

namespace TargetsDashboard.Dashboard.Components.Submissions;

/// <summary>A unit's monthly report: its head or focal officer fills and sends it; the office opens it to accept or return it.</summary>
public partial class SubmissionPage
{
    private SubmissionForm? _form;
    private ClaimsPrincipal _user = new();
    private bool _denied;
    private bool _unavailable;
    private bool _notFound;
    private bool _isReviewer;
    private bool _busy;
    private string? _returnReason;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private SubmissionWorkflow Workflow { get; set; } = null!;

    [Parameter]
    public string UnitCode { get; set; } = string.Empty;

    [SupplyParameterFromQuery(Name = SubmissionLinks.MonthKey)]
    public string? MonthToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // Asked on every parameter change, on the server: a unit user who changes the code in the URL or navigates
        // inside the circuit opens no other unit's submission.
        _user = (await AuthenticationState).User;
        _form = null;
        _denied = !UnitAccess.CanOpenSubmission(_user, UnitCode);
        if (_denied)
        {
            if (HttpContext is { Response.HasStarted: false } denied)
            {
                denied.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return;
        }

        _isReviewer = UnitAccess.IsReviewer(_user);
        var month = Workflow.Month(MonthToken);
        _unavailable = month is null;
        if (month is null)
        {
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Period(MonthToken));
            return;
        }

        _form = await Workflow.LoadAsync(_user, UnitCode, month.Value);
        _notFound = _form is null;
        if (_notFound)
        {
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Unit(UnitCode));
        }
    }

    private static string LocalTime(DateTime? utc) => utc is { } at ? VietnameseFormat.LocalDateTime(at) : string.Empty;

    private static string TestIdOf(CorrectionMessageKind kind) => kind switch
    {
        CorrectionMessageKind.Conflict => "conflict-message",
        CorrectionMessageKind.Failed => "write-failed",
        CorrectionMessageKind.Refused => "refused-message",
        _ => "done-message",
    };

    private Task SaveDraftAsync() => WhileBusyAsync(form => Workflow.SaveDraftAsync(_user, form));

    private Task SubmitAsync() => WhileBusyAsync(form => Workflow.SubmitAsync(_user, form));

    private Task AcceptAsync() => WhileBusyAsync(form => Workflow.AcceptAsync(_user, form));

    private Task ReturnAsync() => WhileBusyAsync(form => Workflow.ReturnAsync(_user, form, _returnReason));

    /// <summary>One action at a time: a double click must not send twice.</summary>
    private async Task WhileBusyAsync(Func<SubmissionForm, Task> action)
    {
        if (_form is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            await action(_form);
        }
        finally
        {
            _busy = false;
        }
    }
}
