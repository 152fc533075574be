using System.IO.Compression;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Reporting.Tests;

public class UnitReportsArchiveTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    [Fact]
    public async Task CreateAsync_FourUnits_EachUnitsPdfAndWorkbookUnderItsGroupFolder()
    {
        var engine = ReportTestData.Engine();
        var builder = ReportTestData.Builder();
        var models = ReportTestData.Units
            .Select(u => builder.BuildUnitReport(engine, new UnitReportRequest(u.Code, ReportTestData.October, ReportTestData.IssueDate))!)
            .ToList();
        var done = 0;

        var bytes = await UnitReportsArchive.CreateAsync(models, fixture.Printer, concurrency: 2, () => Interlocked.Increment(ref done));

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(
            [
                "so-ban-nganh/bao-cao-thang-10-2025-so-tu-phap.pdf", "so-ban-nganh/bao-cao-thang-10-2025-so-tu-phap.xlsx",
                "so-ban-nganh/bao-cao-thang-10-2025-so-y-te.pdf", "so-ban-nganh/bao-cao-thang-10-2025-so-y-te.xlsx",
                "xa-phuong/bao-cao-thang-10-2025-xa-an-binh.pdf", "xa-phuong/bao-cao-thang-10-2025-xa-an-binh.xlsx",
                "xa-phuong/bao-cao-thang-10-2025-phuong-bien-hoa.pdf", "xa-phuong/bao-cao-thang-10-2025-phuong-bien-hoa.xlsx",
            ],
            zip.Entries.Select(e => e.FullName));
        Assert.Equal(4, done);
        foreach (var model in models)
        {
            // Pages are reused across documents: each PDF must still be its own unit's.
            using var pdf = new MemoryStream();
            await using (var entry = await zip.GetEntry($"{ReportFileNames.ArchiveFolder(model.Unit.PeerGroup)}/{ReportFileNames.Unit(model.Unit.Code, model.Month, "pdf")}")!.OpenAsync())
            {
                await entry.CopyToAsync(pdf);
            }

            var text = PdfTools.ExtractText(pdf.ToArray());
            Assert.Contains(VietnameseFormat.Upper(model.Unit.Name), text, StringComparison.Ordinal);
        }
    }
}
