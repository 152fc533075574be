using Microsoft.AspNetCore.Components.Authorization;

namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// Every link to a unit's detail page goes through here, so the pages that list units ask <see cref="UnitAccess"/> (the same rule
/// the unit page enforces) in one place. Decided on the server from the cascading authentication state, so the prerendered HTML
/// already has the right markup. Other attributes (class, data-testid) land on the link or the text alike.
/// </summary>
public partial class UnitLink
{
    private bool _canOpen;

    [Inject]
    private UnitAccess Access { get; set; } = null!;

    /// <summary>Absent only outside the app's router (a component rendered on its own): no known user, so no link.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter, EditorRequired]
    public string UnitCode { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Name { get; set; } = string.Empty;

    /// <summary>The unit's detail page with the period being viewed (<see cref="ViewModels.Links.Unit"/>).</summary>
    [Parameter, EditorRequired]
    public string Href { get; set; } = string.Empty;

    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _canOpen = AuthenticationState is not null && Access.CanView((await AuthenticationState).User, UnitCode);
    }
}
