namespace TargetsDashboard.Reporting.Pdf;

/// <summary>
/// The PDF browser cannot be started here (no Chromium at the configured path, a channel that is not installed, a
/// browser that refuses to launch). Downloads answer 503 with a page saying the workbook still works.
/// </summary>
public sealed class PdfPrinterUnavailableException : Exception
{
    public PdfPrinterUnavailableException()
    {
    }

    public PdfPrinterUnavailableException(string message)
        : base(message)
    {
    }

    public PdfPrinterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
