using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Operations;

/// <summary>
/// Says once, at start, when no PDF browser is installed: the app runs without it (PDF downloads answer 503 and
/// /healthz/ready reports degraded), and the operator learns why from the log rather than from a user.
/// </summary>
public sealed class PdfPrinterStartupCheck(PdfPrinter printer, ILogger<PdfPrinterStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (printer.MissingBrowser() is { } missing)
        {
            logger.LogWarning("PDF reports are unavailable until a browser is installed. {Reason}", missing);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
