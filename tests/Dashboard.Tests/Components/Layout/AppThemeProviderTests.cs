using Bunit;
using MudBlazor;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Layout;

namespace TargetsDashboard.Dashboard.Tests;

public class AppThemeProviderTests
{
    private static readonly MudTheme Theme = new() { PaletteLight = new PaletteLight { Primary = "#8B1A1A" }, PaletteDark = new PaletteDark { Primary = "#1F4E79" } };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AppThemeProvider_LightThenDark_WritesTheCssMudBlazorWrites(bool dark)
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();

        // The other mode first: a cache that ignored the mode would now answer with the wrong palette.
        ctx.Render<AppThemeProvider>(p => p.Add(c => c.Theme, Theme).Add(c => c.IsDarkMode, !dark));
        var cached = ctx.Render<AppThemeProvider>(p => p.Add(c => c.Theme, Theme).Add(c => c.IsDarkMode, dark));
        var mudBlazor = ctx.Render<MudThemeProvider>(p => p.Add(c => c.Theme, Theme).Add(c => c.IsDarkMode, dark));

        Assert.Equal(mudBlazor.Markup, cached.Markup);
        Assert.Contains(dark ? "rgba(31,78,121,1)" : "rgba(139,26,26,1)", cached.Markup, StringComparison.Ordinal);
    }
}
