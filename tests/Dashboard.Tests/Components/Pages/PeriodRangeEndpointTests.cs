using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Api;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// A period outside 01/2000–12/2099 (or malformed) in a URL, a download or the API: the page says the period is not
/// available (404), a download answers 404, the API 400, each in Vietnamese; never a 500.
/// </summary>
public class PeriodRangeEndpointTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData("/?ky=9999-12", "9999-12")]
    [InlineData("/?ky=2025-13", "2025-13")]
    [InlineData("/chi-tieu/DIGITIZED?ky=1900-01", "1900-01")]
    [InlineData("/don-vi/so-tu-phap?ky=9999-12", "9999-12")]
    [InlineData("/don-vi/so-tu-phap/sua-so-lieu?ky=9999-12", "9999-12")]
    [InlineData("/xep-hang?ky=1900-01", "1900-01")]
    [InlineData("/xep-hang/tom-tat?ky=1900-Q1", "1900-Q1")]
    [InlineData("/xep-hang/tom-tat?ky=9999-YTD12", "9999-YTD12")]
    public async Task Page_PeriodOutsideTheSupportedRange_SaysItIsNotAvailable(string url, string token)
    {
        using var client = await factory.SignedInClientAsync("quantri");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không có kỳ báo cáo này", text, StringComparison.Ordinal);
        Assert.Contains($"Kỳ “{token}” không có: chỉ xem được các kỳ từ tháng 01/2000 đến tháng 12/2099", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?ky=2000-01")]
    [InlineData("/?ky=2099-12")]
    [InlineData("/xep-hang?ky=2099-YTD12")]
    [InlineData("/don-vi/so-tu-phap?ky=2000-Q1")]
    public async Task Page_EdgeOfTheSupportedRange_ShowsThePeriodWithoutFigures(string url)
    {
        using var client = await factory.SignedInClientAsync("quantri");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/bao-cao/tong-hop/9999-12.pdf")]
    [InlineData("/bao-cao/tong-hop/1900-01.xlsx")]
    [InlineData("/bao-cao/don-vi/so-tu-phap/9999-12.pdf")]
    [InlineData("/bao-cao/don-vi/so-tu-phap/1900-01.xlsx")]
    [InlineData("/nhap-so-lieu/mau/9999-12.xlsx")]
    public async Task Download_MonthOutsideTheSupportedRange_Answers404InVietnamese(string url)
    {
        using var client = await factory.SignedInClientAsync("quantri");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?tu=9999-11&den=9999-12")]
    [InlineData("?tu=1900-01&den=1900-12")]
    public async Task DataExport_MonthOutsideTheSupportedRange_IsRefusedInVietnamese(string query)
    {
        using var client = await factory.SignedInClientAsync("quantri");

        using var response = await client.GetAsync(new Uri("/bao-cao/du-lieu.xlsx" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12")]
    [InlineData("1900-01")]
    public async Task Api_MonthOutsideTheSupportedRange_Answers400WithTheRange(string month)
    {
        var key = (await factory.Services.GetRequiredService<ApiKeys>().IssueAsync("Range " + month, "quantri")).Issued!.Key;
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(IngestionEndpoints.FiguresPath, UriKind.Relative))
        {
            Content = new StringContent(
                $$"""{ "month": "{{month}}", "mode": "replace", "items": [ { "unitCode": "so-tu-phap", "indicatorCode": "DIGITIZED", "numerator": 1, "denominator": 2 } ] }""",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);

        using var response = await client.SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("từ 01/2000 đến 12/2099", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?trang=99999999999")]
    [InlineData("/chi-tieu/DIGITIZED?trang=2147483648")]
    [InlineData("/xep-hang?trang-so=-1&trang-xa=2147483648")]
    [InlineData("/?giam=khong&trang=abc")]
    public async Task Page_PageNumberOrFlagOutOfRange_ShowsThePage(string url)
    {
        using var client = await factory.SignedInClientAsync("quantri");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
