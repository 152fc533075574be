using Microsoft.Extensions.Diagnostics.HealthChecks;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Operations;

/// <summary>
/// Healthy when the PDF browser runs (it is launched once and stays warm for the prints). Degraded, not unhealthy,
/// when it cannot: every page and workbook still works, only PDF downloads answer 503. A failed launch is not tried
/// again for a minute, so that a monitoring probe does not start a browser every few seconds.
/// </summary>
public sealed class PdfPrinterHealthCheck(PdfPrinter printer, TimeProvider clock, ILogger<PdfPrinterHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private DateTimeOffset _failedAt = DateTimeOffset.MinValue;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        const string Degraded = "PDF reports cannot be printed (no browser); pages and Excel workbooks work.";
        if (printer.MissingBrowser() is not null || clock.GetUtcNow() - _failedAt < RetryAfterFailure)
        {
            return HealthCheckResult.Degraded(Degraded);
        }

        try
        {
            await printer.EnsureLaunchedAsync(cancellationToken);
            return HealthCheckResult.Healthy("The PDF browser runs.");
        }
        catch (PdfPrinterUnavailableException e)
        {
            _failedAt = clock.GetUtcNow();
            logger.LogWarning(e, "The PDF browser cannot be launched.");
            return HealthCheckResult.Degraded(Degraded);
        }
    }
}
