using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Pages;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// One user cannot fill the zip queue: a third all-units archive while two are unfinished is refused, by the route
/// (429) and on the page, with the same Vietnamese message. The departments only (?nhom=so-ban-nganh) keep the jobs
/// small; this class has its own app, so its jobs delay no other test's.
/// </summary>
public sealed class ReportArchiveLimitTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task AllUnitsZip_ThirdWhileTwoRun_Answers429WithAVietnameseMessage()
    {
        using var leader = await factory.SignedInClientAsync("lanhdao");
        var url = new Uri(Links.AllUnitsArchiveStart(DashboardFactory.LatestMonthToken, "so-ban-nganh"), UriKind.Relative);

        var first = await leader.PostAsync(url, null);
        var second = await leader.PostAsync(url, null);
        var third = await leader.PostAsync(url, null);
        using var office = await factory.SignedInClientAsync();
        var someoneElse = await office.PostAsync(url, null);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Bạn đang có 2 tệp nén chưa tạo xong", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, someoneElse.StatusCode);
    }

    [Fact]
    public async Task ArchivePage_TwoJobsUnfinished_ShowsTheLimitInsteadOfStarting()
    {
        var jobs = factory.Services.GetRequiredService<ReportArchiveJobs>();
        var month = new YearMonth(2025, 10);
        const string owner = Roles.Leadership;
        await jobs.StartAsync(month, owner, PeerGroup.Departments);
        await jobs.StartAsync(month, owner, PeerGroup.Departments);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(jobs);
        ctx.Services.AddSingleton<IReportAccessPolicy, RoleReportAccessPolicy>();
        ctx.SignIn(Roles.Leadership);
        ctx.Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/bao-cao/tat-ca?thang=2025-10");

        var page = ctx.Render<ReportArchive>();
        await page.Find("[data-testid=start-archive]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Bạn đang có 2 tệp nén chưa tạo xong", page.Find("[data-testid=archive-message]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=archive-progress]"));
    }
}
