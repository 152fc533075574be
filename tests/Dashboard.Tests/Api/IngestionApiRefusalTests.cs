using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Api;
using TargetsDashboard.Data;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Requests the API refuses as a whole, with a Vietnamese problem a sender can act on, writing nothing.</summary>
public sealed class IngestionApiRefusalTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Theory]
    [InlineData("""{ "month": "2025-11", "month": "2025-12", "mode": "replace", "items": [ { "unitCode": "so-tu-phap", "indicatorCode": "DIGITIZED", "numerator": 1, "denominator": 2 } ] }""", "month")]
    [InlineData("""{ "month": "2025-11", "Mode": "addMissing", "mode": "replace", "items": [ { "unitCode": "so-tu-phap", "indicatorCode": "DIGITIZED", "numerator": 1, "denominator": 2 } ] }""", "mode")]
    [InlineData("""{ "month": "2025-11", "mode": "replace", "items": [ { "unitCode": "so-tu-phap", "indicatorCode": "DIGITIZED", "numerator": 1, "numerator": 5, "denominator": 9 } ] }""", "items[0].numerator")]
    public async Task Send_DuplicateKey_Answers400NamingItAndWritesNothing(string body, string named)
    {
        var key = await IssueKeyAsync("he-thong-trung-" + Guid.NewGuid().ToString("N")[..8]);
        var before = await MeasurementsAsync();

        using var response = await SendAsync(HttpMethod.Post, key, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApiProblem.ContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ApiProblem>();
        Assert.Contains($"Trường “{named}” xuất hiện hai lần", problem!.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await MeasurementsAsync());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethod_WithAKey_Answers405NamingPost(string method)
    {
        var key = await IssueKeyAsync("he-thong-phuong-thuc-" + method.ToLowerInvariant());

        using var response = await SendAsync(new HttpMethod(method), key, null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("chỉ nhận phương thức POST", (await response.Content.ReadFromJsonAsync<ApiProblem>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutAKey_Answers401NotASignInPage()
    {
        using var response = await SendAsync(HttpMethod.Get, key: null, body: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ApiProblem.ContentType, response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> IssueKeyAsync(string clientName)
    {
        var result = await factory.Services.GetRequiredService<ApiKeys>().IssueAsync(clientName, "quantri");
        Assert.Null(result.Error);
        return result.Issued!.Key;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string? key, string? body)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method, new Uri(IngestionEndpoints.FiguresPath, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Add(ApiKeyAuthenticationHandler.HeaderName, key);
        }

        return await client.SendAsync(request);
    }

    private async Task<int> MeasurementsAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        return await db.Measurements.CountAsync();
    }
}
