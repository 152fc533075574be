using Microsoft.Extensions.Options;
using MudBlazor;

namespace TargetsDashboard.Dashboard.Components.Layout;

public partial class MainLayout
{
    private bool _drawerOpen = true;

    /// <summary>True once the circuit has rendered: browser tests wait for it before they click.</summary>
    private bool _interactive;

    [Inject]
    private IOptions<ProvinceOptions> ProvinceSettings { get; set; } = null!;

    private string Province => ProvinceSettings.Value.Name ?? string.Empty;

    /// <summary>A sober theme: office staff print these pages.</summary>
    private static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#8B1A1A",
            AppbarBackground = "#8B1A1A",
            Secondary = "#1F4E79",
            Success = "#2E7D32",
            Error = "#C62828",
            Warning = "#B26A00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Liberation Sans", "Arial", "Helvetica", "sans-serif"] },
        },
    };

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }
}
