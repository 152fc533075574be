using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TargetsDashboard.Data.Seeding;

namespace TargetsDashboard.Data;

/// <summary>Checks the "Province" section at start: each failure names the key to set and how.</summary>
public sealed class ProvinceOptionsValidator(IHostEnvironment environment) : IValidateOptions<ProvinceOptions>
{
    public const int MaxNameLength = 100;

    public ValidateOptionsResult Validate(string? name, ProvinceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("Province:Name is required outside demo mode: the province this office serves, e.g. \"Hưng Yên\" (environment variable Province__Name).");
        }
        else if (options.Name.Trim().Length > MaxNameLength)
        {
            failures.Add($"Province:Name is longer than {MaxNameLength} characters.");
        }

        if (!string.IsNullOrWhiteSpace(options.IndicatorPreset) && !IndicatorPresets.IsKnown(options.IndicatorPreset))
        {
            failures.Add($"Province:IndicatorPreset \"{options.IndicatorPreset}\" is unknown; leave it empty or use one of: {string.Join(", ", IndicatorPresets.Names)}.");
        }

        if (options.UnitCatalogPath(environment.ContentRootPath) is { } path && !File.Exists(path))
        {
            failures.Add($"Province:UnitCatalog names {path}, which does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
