using Cronos;
using Microsoft.Extensions.Options;
using MimeKit;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// Checked at start when mail is enabled: a setting that cannot work stops the app with the setting's name, instead of
/// messages that fail one by one in the outbox. Whether the SMTP server answers is not checked: it may be down for a
/// while, and the outbox retries.
/// </summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public const int MaxRankFall = 1000;
    public const int MaxAttemptsLimit = 20;

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var smtp = options.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            failures.Add("Mail:Smtp:Host must name the SMTP server when Mail:Enabled is true.");
        }

        if (smtp.Port is < 1 or > 65535)
        {
            failures.Add($"Mail:Smtp:Port must be between 1 and 65535; it is {smtp.Port}.");
        }

        if (!Enum.IsDefined(smtp.Security))
        {
            failures.Add("Mail:Smtp:Security must be StartTls, SslOnConnect or None.");
        }

        if (string.IsNullOrWhiteSpace(smtp.UserName) != string.IsNullOrWhiteSpace(smtp.Password))
        {
            failures.Add("Mail:Smtp:UserName and Mail:Smtp:Password go together: set both, or neither for a server without authentication.");
        }

        if (string.IsNullOrWhiteSpace(options.From) || !MailboxAddress.TryParse(options.From, out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"Mail:From must be an e-mail address (\"Văn phòng UBND tỉnh <baocao@tinh.gov.vn>\"); it is \"{options.From}\".");
        }

        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment))
        {
            failures.Add($"Mail:PublicBaseUrl must be the absolute http(s) address people open the dashboard at (\"https://chitieu.tinh.gov.vn\"); it is \"{options.PublicBaseUrl}\".");
        }

        CheckCron(failures, "ProvinceSummary", options.Schedules.ProvinceSummary);
        CheckCron(failures, "UnitReports", options.Schedules.UnitReports);
        CheckCron(failures, "LateUnits", options.Schedules.LateUnits);

        if (options.AlertRankFall is < 1 or > MaxRankFall)
        {
            failures.Add($"Mail:AlertRankFall must be between 1 and {MaxRankFall} places; it is {options.AlertRankFall}.");
        }

        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.PollInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"Mail:PollInterval must be between 00:00:01 and 01:00:00; it is {options.PollInterval}.");
        }

        if (options.MaxAttempts is < 1 or > MaxAttemptsLimit)
        {
            failures.Add($"Mail:MaxAttempts must be between 1 and {MaxAttemptsLimit}; it is {options.MaxAttempts}.");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(10) || options.LeaseDuration > TimeSpan.FromHours(1))
        {
            failures.Add($"Mail:LeaseDuration must be between 00:00:10 and 01:00:00 (longer than one message takes to print and send); it is {options.LeaseDuration}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The one parser of the schedules: five fields, read by Cronos.</summary>
    public static CronExpression? TryParseCron(string? text) =>
        !string.IsNullOrWhiteSpace(text) && CronExpression.TryParse(text.Trim(), CronFormat.Standard, out var cron) ? cron : null;

    private static void CheckCron(List<string> failures, string key, string? value)
    {
        if (TryParseCron(value) is null)
        {
            failures.Add($"Mail:Schedules:{key} must be a cron expression with five fields in Vietnam time (\"0 7 6 * *\" is 07:00 on the 6th); it is \"{value}\".");
        }
    }
}
