using System.Text.RegularExpressions;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Pages that list units link only the units the signed-in user may open, already in the server's HTML.</summary>
public partial class UnitLinkEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private const string OwnUnitHref = "href=\"/don-vi/so-tu-phap?ky=2025-10\"";
    private const string PeerHrefStart = "href=\"/don-vi/phuong-bien-hoa";

    [Theory]
    [InlineData("/?ky=2025-10")]
    [InlineData("/xep-hang?ky=2025-10")]
    public async Task ProvincePage_UnitHead_LinksOwnUnitAndShowsPeerNameWithoutLink(string url)
    {
        var html = await factory.PageTextAsync(url, "so-tu-phap");

        Assert.Contains(OwnUnitHref, Row(html, "so-tu-phap"), StringComparison.Ordinal);
        var peer = Row(html, "phuong-bien-hoa");
        Assert.Contains("Phường Biên Hòa", peer, StringComparison.Ordinal);
        Assert.DoesNotContain(PeerHrefStart, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?ky=2025-10")]
    [InlineData("/xep-hang?ky=2025-10")]
    public async Task ProvincePage_OfficeStaff_LinksEveryUnit(string url)
    {
        var html = await factory.PageTextAsync(url, DashboardFactory.Office);

        Assert.Contains(OwnUnitHref, Row(html, "so-tu-phap"), StringComparison.Ordinal);
        Assert.Contains(PeerHrefStart + "?ky=2025-10\"", Row(html, "phuong-bien-hoa"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_UnitHeadOfWard_LinksOnlyTheWard()
    {
        var html = await factory.PageTextAsync("/?ky=2025-10", "phuong-bien-hoa");

        Assert.Contains(PeerHrefStart + "?ky=2025-10\"", Row(html, "phuong-bien-hoa"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/don-vi/so-tu-phap", html, StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp", Row(html, "so-tu-phap"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?ky=2025-10")]
    [InlineData("/xep-hang?ky=2025-10")]
    [InlineData("/xep-hang/tom-tat?ky=2025-10")]
    [InlineData("/chi-tieu/DIGITIZED?ky=2025-10")]
    [InlineData("/chi-tieu/DIGITIZED?ky=2025-10&nhom=so-ban-nganh")]
    public async Task ProvincePage_UnitHead_LinksNoOtherUnitPage(string url)
    {
        var html = await factory.PageTextAsync(url, "so-tu-phap");

        Assert.Contains("data-unit=\"", html, StringComparison.Ordinal);
        var linked = UnitHref().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.All(linked, code => Assert.Equal("so-tu-phap", code));
    }

    /// <summary>The table row of one unit (status grid or ranking table), from its opening tag to its end.</summary>
    private static string Row(string html, string unitCode)
    {
        var marker = $"data-unit=\"{unitCode}\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {unitCode}.");
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("href=\"/don-vi/([^/?\"]+)")]
    private static partial Regex UnitHref();
}
