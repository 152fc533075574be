using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// A component that shows units' names, each linked to the unit's page only when the current user may open it
/// (<see cref="UnitAccess"/>, the rule the unit page enforces); otherwise plain text, so nobody follows a link to a
/// refusal. Decided on the server from the cascading authentication state, so the prerendered HTML is already right.
/// </summary>
/// <remarks>
/// Tables render the name inline through <see cref="UnitName"/> instead of one <see cref="UnitLink"/> component a
/// row: a page lists up to 120 units, and a component a row (created, given its cascading values, diffed, disposed)
/// was a large part of a page's server time.
/// </remarks>
public abstract class UnitListComponent : ComponentBase
{
    private ClaimsPrincipal? _user;

    [Inject]
    private UnitAccess Access { get; set; } = null!;

    /// <summary>Absent only outside the app's router (a component rendered on its own): no known user, so no link.</summary>
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _user = AuthenticationState is null ? null : (await AuthenticationState).User;
    }

    /// <summary>Whether the current user may open the unit's page.</summary>
    protected bool CanOpen(string unitCode) => _user is not null && Access.CanView(_user, unitCode);

    /// <summary>
    /// The unit's name: a link to <paramref name="href"/> when the user may open it, otherwise text. Written by code,
    /// so the element carries no scoped-CSS attribute: a table styles it from its own scope with <c>::deep</c>.
    /// </summary>
    protected RenderFragment UnitName(string unitCode, string name, string href, string? cssClass = null, string? testId = null) => builder =>
    {
        var canOpen = CanOpen(unitCode);
        builder.OpenElement(0, canOpen ? "a" : "span");
        if (cssClass is not null)
        {
            builder.AddAttribute(1, "class", cssClass);
        }

        if (testId is not null)
        {
            builder.AddAttribute(2, "data-testid", testId);
        }

        if (canOpen)
        {
            builder.AddAttribute(3, "href", href);
        }

        builder.AddContent(4, name);
        builder.CloseElement();
    };
}
