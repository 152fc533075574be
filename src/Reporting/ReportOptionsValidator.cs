using Microsoft.Extensions.Options;

namespace TargetsDashboard.Reporting;

/// <summary>
/// Checked at start: a report setting that cannot work stops the app with the setting's name, instead of a broken
/// header or a printer that never prints. Whether Chromium is actually installed is not checked here: the app runs
/// without it, only PDFs need it.
/// </summary>
public sealed class ReportOptionsValidator : IValidateOptions<ReportOptions>
{
    public const int MaxPrintsLimit = 16;

    public ValidateOptionsResult Validate(string? name, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ProvinceName))
        {
            failures.Add($"{ReportOptions.SectionName}:{nameof(ReportOptions.ProvinceName)} must not be empty (it is written in every report's place line).");
        }

        if (string.IsNullOrWhiteSpace(options.ParentBody))
        {
            failures.Add($"{ReportOptions.SectionName}:{nameof(ReportOptions.ParentBody)} must not be empty (it heads every unit report).");
        }

        if (string.IsNullOrWhiteSpace(options.ChromiumPath))
        {
            failures.Add($"{ReportOptions.SectionName}:{nameof(ReportOptions.ChromiumPath)} must not be empty.");
        }

        if (options.MaxConcurrentPrints is < 1 or > MaxPrintsLimit)
        {
            failures.Add($"{ReportOptions.SectionName}:{nameof(ReportOptions.MaxConcurrentPrints)} must be between 1 and {MaxPrintsLimit}; it is {options.MaxConcurrentPrints}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
