using Microsoft.AspNetCore.Components.Authorization;

namespace TargetsDashboard.Dashboard.Components.Pages;

public partial class UnitPage
{
    private UnitPageViewModel? _model;
    private bool _denied;
    private bool _unavailable;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    [Inject]
    private UnitAccess Access { get; set; } = null!;

    [Inject]
    private UnitPageViewModelBuilder Builder { get; set; } = null!;

    /// <summary>Present while the page is rendered on the server for the first response: lets an unknown code answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    /// <summary>The unit's stable code, e.g. so-tu-phap.</summary>
    [Parameter]
    public string UnitCode { get; set; } = string.Empty;

    /// <summary>The period as a URL token (2025-10, 2025-Q3, 2025, 2025-YTD10); empty for the latest month.</summary>
    [SupplyParameterFromQuery(Name = ViewQuery.PeriodKey)]
    public string? PeriodToken { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // Checked on every parameter change, on the server, before anything about the unit is computed: a unit head
        // who edits the code in the URL, or navigates inside the circuit, gets no other unit's detail.
        var user = (await AuthenticationState).User;
        _denied = !Access.CanView(user, UnitCode);
        if (_denied)
        {
            _model = null;
            if (HttpContext is { Response.HasStarted: false } denied)
            {
                denied.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return;
        }

        _unavailable = NotFoundResponse.PeriodUnavailable(HttpContext, PeriodToken);
        if (_unavailable)
        {
            _model = null;
            return;
        }

        _model = await Builder.BuildAsync(UnitCode, PeriodToken);
        if (!_model.Found)
        {
            NotFoundResponse.Answer(HttpContext, NotFoundDetail.Unit(UnitCode));
        }
    }
}
