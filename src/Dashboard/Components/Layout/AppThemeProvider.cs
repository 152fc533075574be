using System.Collections.Concurrent;
using System.Text;
using MudBlazor;

namespace TargetsDashboard.Dashboard.Components.Layout;

/// <summary>
/// MudBlazor's theme provider with the theme's CSS variables generated once per theme and mode. Every page request
/// renders the provider, and it built the same 12 KB of CSS from colour objects each time (about 2 % of the
/// processor time under load); and disposing it after a prerender called the browser, which a prerender does not
/// have, and MudBlazor caught the exception it threw: three exceptions per page.
/// </summary>
/// <remarks>The cache holds one entry per theme object and mode: the app has one theme, built once (<see cref="MainLayout"/>).</remarks>
public sealed class AppThemeProvider : MudThemeProvider
{
    private static readonly ConcurrentDictionary<(MudTheme Theme, bool Dark), string> Generated = new();

    protected override void GenerateTheme(StringBuilder themeStringBuilder)
    {
        ArgumentNullException.ThrowIfNull(themeStringBuilder);

        // The mode chooses the palette the base writes, so it is part of the key; reading the parameter is all this does.
#pragma warning disable MUD0010
        var key = (GetTheme(), IsDarkMode);
#pragma warning restore MUD0010
        themeStringBuilder.Append(Generated.GetOrAdd(key, _ =>
        {
            var css = new StringBuilder();
            base.GenerateTheme(css);
            return css.ToString();
        }));
    }

    /// <summary>Only an interactive render has started watching the browser; a prerender has nothing to undo there.</summary>
    protected override ValueTask DisposeAsyncCore() => RendererInfo.IsInteractive ? base.DisposeAsyncCore() : ValueTask.CompletedTask;
}
