using TargetsDashboard.Formatting;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Reporting.Tests;

public class UnitReportPdfTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private async Task<(byte[] Pdf, string Text)> PrintAsync(UnitReportModel model, bool layout = true)
    {
        var pdf = await fixture.Printer.PrintAsync(UnitReportDocument.Render(model));
        return (pdf, PdfTools.ExtractText(pdf, layout));
    }

    [Fact]
    public async Task Print_UnitReport_HeaderOfDecree30WithDiacriticsIntact()
    {
        var (pdf, text) = await PrintAsync(ReportTestData.JusticeReport());

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", text, StringComparison.Ordinal);
        Assert.Contains("SỞ TƯ PHÁP", text, StringComparison.Ordinal);
        Assert.Contains("Số: …/BC-STP", text, StringComparison.Ordinal);
        Assert.Contains("Đồng Nai, ngày 05 tháng 11 năm 2025", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng 10/2025", Squash(text), StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
        Assert.Contains("THỦ TRƯỞNG ĐƠN VỊ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_UnitReport_FiguresEqualTheModelsInVietnameseFormat()
    {
        var model = ReportTestData.JusticeReport();
        var (_, text) = await PrintAsync(model, layout: false);
        var flat = Squash(text);

        Assert.Contains("1.234", flat, StringComparison.Ordinal);
        Assert.Contains("24,3%", flat, StringComparison.Ordinal);
        Assert.Contains("cần thêm 564 hồ sơ được số hóa", flat, StringComparison.Ordinal);
        Assert.Contains("Chưa có số liệu", flat, StringComparison.Ordinal);
        foreach (var indicator in model.Indicators.Where(i => i.Ratio is not null))
        {
            Assert.Contains(indicator.RatioText, flat, StringComparison.Ordinal);
            Assert.Contains(VietnameseFormat.Count(indicator.Denominator), flat, StringComparison.Ordinal);
        }

        Assert.Contains(UnitReportDocument.RankSentence(model), flat, StringComparison.Ordinal);
        Assert.Contains("Hệ thống một cửa điện tử gián đoạn 3 ngày", flat, StringComparison.Ordinal);
        Assert.Contains("4912/UBND-HCC", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_CommuneReport_SignedByTheChairmanOnBehalfOfTheCommittee()
    {
        var model = ReportTestData.Builder().BuildUnitReport(ReportTestData.Engine(), new UnitReportRequest("phuong-bien-hoa", ReportTestData.October, ReportTestData.IssueDate, IsDemo: true))!;
        var (pdf, text) = await PrintAsync(model);
        Artifacts.Save("bao-cao-thang-10-2025-phuong-bien-hoa.pdf", pdf);

        Assert.Contains("ỦY BAN NHÂN DÂN", text, StringComparison.Ordinal);
        Assert.Contains("PHƯỜNG BIÊN HÒA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TỈNH ĐỒNG NAI", text, StringComparison.Ordinal);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text, StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH", text, StringComparison.Ordinal);
        Assert.Contains("Số liệu minh họa", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_UnitReport_EveryPageRendersToPng()
    {
        var (pdf, text) = await PrintAsync(ReportTestData.JusticeReport());
        var path = Artifacts.Save("bao-cao-thang-10-2025-so-tu-phap.pdf", pdf);
        foreach (var old in Directory.GetFiles(Artifacts.Folder, "bao-cao-thang-10-2025-so-tu-phap-*.png"))
        {
            File.Delete(old);
        }

        var pages = PdfTools.RenderPages(path, Path.Combine(Artifacts.Folder, "bao-cao-thang-10-2025-so-tu-phap"));

        Assert.Equal(PdfTools.PageCount(text), pages.Count);
        Assert.InRange(pages.Count, 1, 3);
        Assert.All(pages, p => Assert.True(new FileInfo(p).Length > 10_000, $"{p} looks empty."));
    }

    [Fact]
    public void Render_NoteWithMarkup_IsEncodedAndThePageHasNoScriptOrExternalResource()
    {
        var html = UnitReportDocument.Render(ReportTestData.JusticeReport("<script>alert(1)</script><img src=\"http://example.com/x.png\">"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Print_SeveralAtOnce_AllSucceedWithOneBrowser()
    {
        var html = UnitReportDocument.Render(ReportTestData.JusticeReport());

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.Printer.PrintAsync(html)));

        Assert.All(pdfs, pdf => Assert.True(pdf.Length > 1000));
    }
}
