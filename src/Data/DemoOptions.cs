using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Data;

/// <summary>The "Demo" configuration section: generated figures, the Đồng Nai units and the demo accounts, for local use.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Turns the demo on (appsettings.Development.json does). Ignored in Production.</summary>
    public bool Enabled { get; set; }
}

/// <summary>
/// Whether this run is the local demo. The one place that decides: demo figures, demo units and demo accounts exist only
/// when <see cref="DemoOptions.Enabled"/> is set and the environment is not Production, whatever else is configured.
/// </summary>
public sealed class DemoMode(IOptions<DemoOptions> options, IHostEnvironment environment)
{
    /// <summary>The province of the demo units (src/Data/Seeding/dong-nai-units.json).</summary>
    public const string ProvinceName = Seeding.UnitCatalog.DemoProvinceName;

    public bool IsEnabled { get; } = IsOn(options.Value, environment);

    public static bool IsOn(DemoOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return options.Enabled && !environment.IsProduction();
    }
}
