using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TargetsDashboard.Dashboard.Components.Pages;
using TargetsDashboard.Dashboard.Operations;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Pages and workbooks are built a few at a time, the rest wait in line; nothing else waits (issue #15).</summary>
public class RenderLimiterTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly TimeSpan StillWaiting = TimeSpan.FromMilliseconds(700);

    [Theory]
    [InlineData("GET", "/", true, true)]
    [InlineData("GET", "/bao-cao/don-vi/so-tu-phap/2025-10.xlsx", false, true)]
    [InlineData("GET", "/bao-cao/don-vi/so-tu-phap/2025-10.pdf", false, false)]
    [InlineData("POST", "/", true, false)]
    [InlineData("GET", "/api/v1/figures", false, false)]
    [InlineData("GET", "/_blazor", false, false)]
    public void IsRender_Request_CountsPageGetsAndWorkbooksOnly(string method, string path, bool pageEndpoint, bool expected)
    {
        Assert.Equal(expected, RenderLimiter.IsRender(Request(method, path, pageEndpoint)));
    }

    [Fact]
    public async Task PageRequest_AllPermitsTaken_WaitsInLineWhileHealthAnswersThenRenders()
    {
        using var signedIn = await factory.SignedInClientAsync();
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var held = TakeEveryPermit();

        var page = signedIn.GetAsync(new Uri("/", UriKind.Relative));
        // Nothing is done for a waiting render, not even reading its cookie: an anonymous page request waits as well.
        var anonymousPage = anonymous.GetAsync(new Uri("/xep-hang", UriKind.Relative));
        await Task.WhenAny(Task.WhenAll(page, anonymousPage), Task.Delay(StillWaiting));
        Assert.False(page.IsCompleted, "A page was rendered although every permit was taken.");
        Assert.False(anonymousPage.IsCompleted, "An anonymous page request was answered before its turn.");
        using (var health = await anonymous.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        held.Dispose();
        using var rendered = await page.WaitAsync(TimeSpan.FromSeconds(30));
        using var redirected = await anonymousPage.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Contains("Chỉ tiêu", await rendered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
    }

    /// <summary>Every render permit of the running app, taken as pages being built would take them.</summary>
    private System.Threading.RateLimiting.RateLimitLease TakeEveryPermit()
    {
        var limiter = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var lease = limiter.AttemptAcquire(Request("GET", "/", pageEndpoint: true), RenderLimiter.Permits);
        Assert.True(lease.IsAcquired);
        return lease;
    }

    /// <summary>A request as the limiter sees it after routing: on a page's endpoint, or on another one.</summary>
    private static DefaultHttpContext Request(string method, string path, bool pageEndpoint)
    {
        var context = new DefaultHttpContext { Request = { Method = method, Path = path } };
        if (pageEndpoint)
        {
            context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(new ComponentTypeMetadata(typeof(Overview))), "page"));
        }

        return context;
    }
}
