using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ClosedXML.Excel;

namespace TargetsDashboard.Deployment.Tests;

/// <summary>
/// The README's "Deploying" sequence, run on the published app: a Hưng Yên office in Production with its first
/// administrator, a month imported with the command line, a unit PDF, a restart, and a server without its browser.
/// </summary>
[Collection(PublishedAppGroup.Name)]
public sealed class ProductionDeploymentTests(PublishedApp app) : IDisposable
{
    /// <summary>A month after the 2025 reform: every unit of the catalog exists in it.</summary>
    private const string Month = "2025-11";

    private readonly Site _site = new();

    [Fact]
    public async Task HungYenOffice_FromPublishToPdf_WorksAsTheReadmeSays()
    {
        var migrate = await app.CliAsync(_site.Environment, "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.ToString());

        var cookies = new CookieContainer();
        string unitCode;
        await using (var server = await app.StartAsync(_site.Environment))
        {
            using var client = server.Client(cookies);
            await AssertReadyAsync(client, "Healthy", server);

            // No demo accounts, no demo figures.
            using (var anonymous = server.Client())
            {
                Assert.StartsWith("/dang-nhap", await Site.SignInAsync(anonymous, "quantri", "Demo@2025"), StringComparison.Ordinal);
            }

            Assert.Equal("/", await Site.SignInAsync(client, Site.AdminUser, Site.AdminPassword));
            var overview = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
            Assert.DoesNotContain("Dữ liệu minh họa", overview, StringComparison.Ordinal);
            Assert.Empty(_site.Query("SELECT Id FROM Measurements"));

            // The province's units: the 104 of Hưng Yên's catalog, none of Đồng Nai's.
            var template = await client.GetByteArrayAsync(new Uri($"/nhap-so-lieu/mau/{Month}.xlsx", UriKind.Relative));
            var (filled, units) = Fill(template);
            Assert.Equal(104, units.Count);
            // Exactly Hưng Yên's units; two commune names (Xã Tân Tiến, Xã Tân Hưng) exist in both provinces, so no
            // name found only in Đồng Nai's list may appear.
            var hungYen = UnitNames("hung-yen-units.json");
            Assert.True(hungYen.SetEquals(units.Values), "The template's units are not Hưng Yên's.");
            var onlyDongNai = UnitNames("dong-nai-units.json");
            onlyDongNai.ExceptWith(hungYen);
            Assert.DoesNotContain(units.Values, name => onlyDongNai.Contains(name));
            unitCode = units.Keys.First();

            // A month imported with the command line shows on the running server within seconds.
            var workbook = Path.Combine(_site.Folder, $"so-lieu-{Month}.xlsx");
            await File.WriteAllBytesAsync(workbook, filled);
            var import = await app.CliAsync(_site.Environment, "import", "--file", workbook, "--month", Month, "--mode", "replace");
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Contains("thêm 520", import.Output, StringComparison.Ordinal);

            // Hưng Yên's units are all communes and wards, whose report is headed by their own People's Committee (no
            // parent body, Decree 30): the province shows in its place line; the office's summary carries the province's
            // committee as its parent body.
            var unitText = PdfText(await WaitForPdfAsync(client, $"/bao-cao/don-vi/{unitCode}/{Month}.pdf"));
            Assert.Contains("Hưng Yên, ngày", unitText, StringComparison.Ordinal);
            Assert.DoesNotContain("Đồng Nai", unitText, StringComparison.Ordinal);
            var summaryText = PdfText(await WaitForPdfAsync(client, $"/bao-cao/tong-hop/{Month}.pdf"));
            Assert.Contains("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", summaryText, StringComparison.Ordinal);
        }

        // A restart keeps everyone signed in: the key ring is in the database.
        await using (var restarted = await app.StartAsync(_site.Environment))
        {
            using var client = restarted.Client(cookies);
            using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"After a restart the sign-in cookie answered {page.StatusCode} {page.Headers.Location}.");
        }

        // Without its browser the server still starts, says so once, reports degraded and answers PDFs with 503.
        await using (var withoutBrowser = await app.StartAsync(_site.With(("Reports__ChromiumPath", "/nonexistent/chromium"))))
        {
            using var client = withoutBrowser.Client(cookies);
            await AssertReadyAsync(client, "Degraded", withoutBrowser);
            using var pdf = await client.GetAsync(new Uri($"/bao-cao/don-vi/{unitCode}/{Month}.pdf", UriKind.Relative));
            var body = WebUtility.HtmlDecode(await pdf.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
            Assert.Contains("Báo cáo Excel vẫn tải được", body, StringComparison.Ordinal);
            using var xlsx = await client.GetAsync(new Uri($"/bao-cao/don-vi/{unitCode}/{Month}.xlsx", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            Assert.Single(withoutBrowser.Log.Split('\n'), line => line.Contains("PDF reports are unavailable", StringComparison.Ordinal));
        }
    }

    public void Dispose() => _site.Dispose();

    private static async Task AssertReadyAsync(HttpClient client, string expected, AppProcess server)
    {
        using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"{ready.StatusCode}: {body}\n{server.Log}");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("status").GetString() == expected, body);
    }

    /// <summary>Fills every row of the template (numerator ≤ denominator); returns the workbook and the units it lists, code → name.</summary>
    private static (byte[] Workbook, Dictionary<string, string> Units) Fill(byte[] template)
    {
        using var stream = new MemoryStream(template);
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet("Số liệu");
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var row = 2;
        for (; !sheet.Cell(row, 2).IsEmpty(); row++)
        {
            units[sheet.Cell(row, 2).GetString()] = sheet.Cell(row, 3).GetString();
            sheet.Cell(row, 6).Value = 10 + (row % 30);
            sheet.Cell(row, 7).Value = 50;
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return (output.ToArray(), units);
    }

    /// <summary>Đồng Nai's wards and communes (department names are the same in every province).</summary>
    private static HashSet<string> UnitNames(string file)
    {
        var path = Path.Combine(PublishedApp.RepositoryRoot, "..", "shared", "data", file);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("communes").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The PDF once the server has picked up the import (within 5 seconds of it).</summary>
    private static async Task<byte[]> WaitForPdfAsync(HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadAsByteArrayAsync();
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{url} still answers {response.StatusCode} 5 s after the import: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(250);
        }
    }

    private static string PdfText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-raw", "-enc", "UTF-8", file, "-" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);

            // In reading order, with the header's line breaks (the issuing body wraps in its narrow column) as spaces.
            return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
