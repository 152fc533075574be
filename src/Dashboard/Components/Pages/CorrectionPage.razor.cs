using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>Office staff correct one unit-month's figures and note; the behaviour lives in <see cref="CorrectionWorkflow"/>.</summary>
public partial class CorrectionPage
{
    private CorrectionModel? _model;
    private bool _notFound;
    private bool _unavailable;
    private bool _busy;

    [Inject]
    private CorrectionWorkflow Editor { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private ICurrentActor Actor { get; set; } = null!;

    /// <summary>Present while the page is rendered on the server for the first response: lets an unknown code answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Parameter]
    public string UnitCode { get; set; } = string.Empty;

    /// <summary>The month as a URL token (2025-10); empty for the latest month with figures.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? MonthToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _unavailable = NotFoundResponse.PeriodUnavailable(HttpContext, MonthToken);
        if (_unavailable)
        {
            _model = null;
            return;
        }

        var month = await Editor.MonthAsync(MonthToken, Clock);
        _model = await Editor.LoadAsync(UnitCode, month);
        _notFound = _model is null;
        if (_notFound)
        {
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Unit(UnitCode));
        }
    }

    private static string TestIdOf(CorrectionMessageKind kind) => kind switch
    {
        CorrectionMessageKind.Conflict => "conflict-message",
        CorrectionMessageKind.Failed => "write-failed",
        _ => "edit-message",
    };

    private async Task<string> UserNameAsync() => await Actor.GetNameAsync();

    private Task SaveRowAsync(CorrectionRow row) => WhileBusyAsync(async model => await Editor.SaveRowAsync(model, row, await UserNameAsync()));

    private Task SaveNoteAsync() => WhileBusyAsync(async model => await Editor.SaveNoteAsync(model, await UserNameAsync()));

    /// <summary>One save at a time: a double click must not send the same change twice.</summary>
    private async Task WhileBusyAsync(Func<CorrectionModel, Task> save)
    {
        if (_model is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            await save(_model);
        }
        finally
        {
            _busy = false;
        }
    }
}
