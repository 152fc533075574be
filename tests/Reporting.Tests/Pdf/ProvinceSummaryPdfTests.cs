using TargetsDashboard.Formatting;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Reporting.Tests;

public class ProvinceSummaryPdfTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private const string FileStem = "bao-cao-tong-hop-thang-10-2025";

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private async Task<byte[]> PrintAsync(ProvinceSummaryModel model) =>
        await fixture.Printer.PrintAsync(ProvinceSummaryDocument.Render(model), ProvinceSummaryDocument.Orientation);

    [Fact]
    public async Task Print_ProvinceSummary_HeaderOfDecree30IssuedByTheProvinceOffice()
    {
        var text = PdfTools.ExtractText(await PrintAsync(ProvinceTestData.Summary(isDemo: true)));

        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", text, StringComparison.Ordinal);
        Assert.Contains("VĂN PHÒNG", text, StringComparison.Ordinal);
        Assert.Contains("Số: …/BC-VP", text, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("Đồng Nai, ngày 05 tháng 11 năm 2025", text, StringComparison.Ordinal);
        Assert.Contains("Tổng hợp kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng 10/2025", Squash(text), StringComparison.Ordinal);
        Assert.Contains("XẾP HẠNG SỞ, BAN, NGÀNH", text, StringComparison.Ordinal);
        Assert.Contains("XẾP HẠNG XÃ, PHƯỜNG", text, StringComparison.Ordinal);
        Assert.Contains("CHƯA ĐẠT TỪ 3 CHỈ TIÊU TRỞ LÊN", text, StringComparison.Ordinal);
        Assert.Contains("CHÁNH VĂN PHÒNG", text, StringComparison.Ordinal);
        Assert.Contains("Số liệu minh họa", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_ProvinceSummary_FiguresEqualTheEnginesInVietnameseFormat()
    {
        var model = ProvinceTestData.Summary();
        var flat = Squash(PdfTools.ExtractText(await PrintAsync(model), layout: false));

        foreach (var total in model.Totals)
        {
            Assert.Contains(total.RatioText, flat, StringComparison.Ordinal);
            Assert.Contains(VietnameseFormat.Count(total.Denominator), flat, StringComparison.Ordinal);
            Assert.Contains(total.MeetingText, flat, StringComparison.Ordinal);
        }

        Assert.Contains(model.CompletenessText, flat, StringComparison.Ordinal);
        foreach (var row in model.StatusGrid.Take(20))
        {
            Assert.Contains(row.Unit.Name, flat, StringComparison.Ordinal);
        }

        var first = model.Groups[0].Ranking[0];
        Assert.Contains(VietnameseFormat.Score(first.Score), flat, StringComparison.Ordinal);
        Assert.Contains("Phường An Bình", flat, StringComparison.Ordinal);
        Assert.Contains("Sở Văn hóa, Thể thao và Du lịch", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_ProvinceSummary_PageNumbersFromPageTwoAndFirstPageRendersToPng()
    {
        var pdf = await PrintAsync(ProvinceTestData.Summary(isDemo: true));
        var path = Artifacts.Save(FileStem + ".pdf", pdf);
        foreach (var old in Directory.GetFiles(Artifacts.Folder, FileStem + "-*.png"))
        {
            File.Delete(old);
        }

        var pages = PdfTools.ExtractText(pdf).Split('\f').Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var png = PdfTools.RenderPages(path, Path.Combine(Artifacts.Folder, FileStem));

        Assert.True(pages.Count >= 3, $"Expected several pages, got {pages.Count}.");
        Assert.Equal(pages.Count, png.Count);
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", FirstLine(pages[0]), StringComparison.Ordinal);
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLine(pages[i]));
        }

        Assert.All(png, p => Assert.True(new FileInfo(p).Length > 10_000, $"{p} looks empty."));
    }

    [Fact]
    public void Render_ProvinceSummary_NamesAreEncodedAndThePageHasNoScript()
    {
        var html = ProvinceSummaryDocument.Render(ProvinceTestData.Summary(ProvinceTestData.Engine("<script>alert(1)</script>")));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstLine(string page) => page.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
}
