using Microsoft.Extensions.Options;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Reporting.Tests;

/// <summary>One warm printer (one Chromium) for a test class.</summary>
public sealed class PrinterFixture : IAsyncLifetime
{
    public PdfPrinter Printer { get; } = new(Options.Create(new ReportOptions()));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Printer.DisposeAsync();
}
