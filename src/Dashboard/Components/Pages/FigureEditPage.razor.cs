using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using TargetsDashboard.Dashboard.ViewModels;

namespace TargetsDashboard.Dashboard.Components.Pages;

/// <summary>Office staff correct one unit-month's figures and note; the behaviour lives in <see cref="FigureEditor"/>.</summary>
public partial class FigureEditPage
{
    private FigureEditModel? _model;
    private bool _notFound;
    private bool _unavailable;
    private bool _busy;

    [Inject]
    private FigureEditor Editor { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

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
        _unavailable = ViewQuery.IsUnavailable(MonthToken);
        if (_unavailable)
        {
            _model = null;
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Period(MonthToken));
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

    private static Severity SeverityOf(EditMessageKind kind) => kind switch
    {
        EditMessageKind.Saved => Severity.Success,
        EditMessageKind.Conflict => Severity.Warning,
        _ => Severity.Error,
    };

    private async Task<string> UserNameAsync() => (await AuthenticationState).User.Identity?.Name ?? "?";

    private Task SaveRowAsync(FigureEditRow row) => WhileBusyAsync(async model => await Editor.SaveRowAsync(model, row, await UserNameAsync()));

    private Task SaveNoteAsync() => WhileBusyAsync(async model => await Editor.SaveNoteAsync(model, await UserNameAsync()));

    /// <summary>One save at a time: a double click must not send the same change twice.</summary>
    private async Task WhileBusyAsync(Func<FigureEditModel, Task> save)
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
