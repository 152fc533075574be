using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>An import's page lists what it changed, read from the audit log through the entries' import id.</summary>
public class ImportDetailPageTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    // A month no other test of this fixture writes.
    private static readonly DateOnly Month = new(2026, 5, 1);

    [Fact]
    public async Task ImportDetail_SecondImportChangesAFigure_ShowsOldAndNewValues()
    {
        var importer = factory.Services.GetRequiredService<FigureImporter>();
        await CommitAsync(importer, "thang-5.xlsx", ("so-tu-phap", 5, 10), ("phuong-bien-hoa", 3, 4));
        var second = await CommitAsync(importer, "thang-5-sua.xlsx", ("so-tu-phap", 8, 10), ("phuong-bien-hoa", 3, 4));

        var history = await factory.PageTextAsync("/nhap-so-lieu/lich-su");
        var page = await factory.PageTextAsync($"/nhap-so-lieu/lich-su/{second}");

        Assert.Contains($"href=\"/nhap-so-lieu/lich-su/{second}\"", history, StringComparison.Ordinal);
        Assert.Contains($"Lần nhập #{second} · tháng 05/2026", page, StringComparison.Ordinal);
        Assert.Contains("Thêm 0, thay đổi 1, không đổi 1, bị từ chối 0.", page, StringComparison.Ordinal);
        var row = Row(page, "so-tu-phap");
        Assert.Contains("Thay đổi", row, StringComparison.Ordinal);
        Assert.Contains("5 → 8", row, StringComparison.Ordinal);
        Assert.Contains("không đổi", row, StringComparison.Ordinal);
        Assert.DoesNotContain("data-unit=\"phuong-bien-hoa\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportDetail_UnknownImport_Answers404()
    {
        using var client = await factory.SignedInClientAsync();

        var response = await client.GetAsync(new Uri("/nhap-so-lieu/lich-su/987654", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Row(string page, string unitCode)
    {
        var start = page.IndexOf($"data-unit=\"{unitCode}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No change row for {unitCode}.");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static async Task<long> CommitAsync(FigureImporter importer, string file, params (string Unit, long Numerator, long Denominator)[] rows)
    {
        var batch = new FigureBatch(
            Month,
            [.. rows.Select((r, i) => new IncomingFigure(r.Unit, "DIGITIZED", IncomingNumber.Of(r.Numerator), IncomingNumber.Of(r.Denominator), FigureLocation.WorkbookRow("Số liệu", i + 2, "B", "D", "F", "G")))],
            [],
            file,
            file);
        var outcome = await importer.CommitAsync(await importer.PreviewAsync(batch), ImportMode.Replace, MeasurementSource.ExcelImport, "vanphong");
        Assert.Equal(ImportStatus.Committed, outcome.Status);
        return outcome.ImportBatchId!.Value;
    }
}
