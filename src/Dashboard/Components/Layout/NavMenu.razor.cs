using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace TargetsDashboard.Dashboard.Components.Layout;

/// <summary>The menu. Links keep the period (<c>ky</c>) of the page being read, so switching pages keeps the month.</summary>
public sealed partial class NavMenu : IDisposable
{
    /// <summary>The roles bound to one unit, as AuthorizeView takes them.</summary>
    private static readonly string UnitBoundRoles = string.Join(',', Roles.UnitBound);

    private string? _period;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    protected override void OnInitialized()
    {
        _period = PeriodOf(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
    }

    /// <summary>The <c>ky</c> value of a URL, or null.</summary>
    public static string? PeriodOf(string uri)
    {
        var query = new Uri(uri, UriKind.Absolute).Query;
        return QueryHelpers.ParseQuery(query).TryGetValue(ViewQuery.PeriodKey, out var values) && !string.IsNullOrEmpty(values.ToString())
            ? values.ToString()
            : null;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var period = PeriodOf(e.Location);
        if (period != _period)
        {
            _period = period;
            _ = InvokeAsync(StateHasChanged);
        }
    }
}
