using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace TargetsDashboard.Dashboard.Components.Layout;

/// <summary>The menu. Links keep the period (<c>ky</c>) of the page being read, so switching pages keeps the month.</summary>
/// <remarks>
/// Every page request renders the menu, so its links are written by code in MudBlazor's markup and classes
/// (<see cref="Item"/>) instead of one MudNavLink and one MudIcon component each: about thirty components fewer per
/// page. Which links show follows the same policies and roles the pages enforce.
/// </remarks>
public sealed partial class NavMenu : IDisposable
{
    private string? _period;
    private string _path = "/";
    private string? _ownUnitCode;
    private bool _hasOwnUnitPage;
    private bool _mayReview;
    private bool _mayEdit;
    private bool _mayAdminister;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    protected override void OnInitialized()
    {
        (_path, _period) = PathAndPeriodOf(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (AuthenticationState is null)
        {
            return;
        }

        var user = (await AuthenticationState).User;
        var unitBound = UnitAccess.IsUnitBound(user);
        _ownUnitCode = unitBound ? user.FindFirst(DashboardClaims.UnitCode)?.Value : null;
        _hasOwnUnitPage = unitBound && UnitAccess.OwnUnitId(user) is not null;
        _mayReview = (await Authorization.AuthorizeAsync(user, Policies.ReviewSubmissions)).Succeeded;
        _mayEdit = (await Authorization.AuthorizeAsync(user, Policies.EditData)).Succeeded;
        _mayAdminister = (await Authorization.AuthorizeAsync(user, Policies.Administer)).Succeeded;
    }

    /// <summary>The path of a URL and its <c>ky</c> value (or null): what the menu's links depend on.</summary>
    private static (string Path, string? Period) PathAndPeriodOf(string uri)
    {
        var parsed = new Uri(uri, UriKind.Absolute);
        var period = QueryHelpers.ParseQuery(parsed.Query).TryGetValue(ViewQuery.PeriodKey, out var values) && !string.IsNullOrEmpty(values.ToString())
            ? values.ToString()
            : null;
        return (parsed.AbsolutePath, period);
    }

    /// <summary>
    /// Whether the link to <paramref name="href"/> is the page at <paramref name="path"/>, as Blazor's NavLink decides:
    /// the path alone (query and fragment ignored), equal for <see cref="NavLinkMatch.All"/>, equal or a parent for
    /// <see cref="NavLinkMatch.Prefix"/>.
    /// </summary>
    public static bool IsActive(string href, string path, NavLinkMatch match)
    {
        var target = href.Split('?', '#')[0];
        return string.Equals(target, path, StringComparison.OrdinalIgnoreCase)
            || (match == NavLinkMatch.Prefix && target != "/" && path.StartsWith(target.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var (path, period) = PathAndPeriodOf(e.Location);
        if (path != _path || period != _period)
        {
            (_path, _period) = (path, period);
            _ = InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>One menu link, in the markup and classes MudNavLink writes (so the theme styles it alike).</summary>
    private RenderFragment Item(string href, string icon, string text, NavLinkMatch match = NavLinkMatch.Prefix, string? testId = null) => builder =>
    {
        var active = IsActive(href, _path, match);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-nav-item");
        builder.OpenElement(2, "a");
        builder.AddAttribute(3, "href", href);
        builder.AddAttribute(4, "data-testid", testId);
        builder.AddAttribute(5, "class", active ? "mud-nav-link mud-ripple active" : "mud-nav-link mud-ripple");
        builder.AddAttribute(6, "aria-current", active ? "page" : null);
        builder.AddMarkupContent(7, IconMarkup(icon));
        builder.OpenElement(8, "div");
        builder.AddAttribute(9, "class", "mud-nav-link-text");
        builder.AddContent(10, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>The icon as MudIcon draws it in a menu link; the icon strings are MudBlazor's own SVG paths.</summary>
    private static string IconMarkup(string icon) =>
        $"<svg class=\"mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-medium mud-nav-link-icon mud-nav-link-icon-default\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{icon}</svg>";
}
