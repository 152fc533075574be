using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using TargetsDashboard.Dashboard.Components.Submissions;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Dashboard.ViewModels.Submissions;
using TargetsDashboard.Dashboard.Writes;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Submissions.Prepare;
using TargetsDashboard.Data.Submissions.Review;
using TargetsDashboard.Data.Submissions.Send;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// A focal officer of one unit reaches no other unit's submission: not by URL (the matrix and the first response), not by
/// a change of the page's parameters inside the running circuit, and not by an action sent with another unit's form.
/// </summary>
public sealed class SubmissionAccessTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private static readonly YearMonth Month = new(2026, 3);

    [Fact]
    public async Task FirstResponse_OtherUnitsSubmission_Answers403WithoutItsFigures()
    {
        using var client = await factory.SignedInClientAsync("dau-moi-so-tu-phap", followRedirects: false);

        using var own = await client.GetAsync(new Uri("/don-vi/so-tu-phap/nop-bao-cao?thang=2025-10", UriKind.Relative));
        using var other = await client.GetAsync(new Uri("/don-vi/phuong-bien-hoa/nop-bao-cao?thang=2025-10", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, other.StatusCode);
        var body = System.Net.WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync());
        Assert.Contains(SubmissionWorkflow.NotYours, body, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"figures\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsideTheCircuit_OfficerChangesTheUnitCode_SeesTheRefusalNotTheOtherUnit()
    {
        await using var ctx = NewContext(Roles.UnitReporter, "so-tu-phap");
        var page = ctx.Render<SubmissionPage>(p => p.Add(c => c.UnitCode, "so-tu-phap"));
        page.WaitForElement("[data-testid=figures]");
        Assert.Contains("Sở Tư pháp", page.Markup, StringComparison.Ordinal);

        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/don-vi/phuong-bien-hoa/nop-bao-cao?thang={Month.ToIsoString()}");
        page.Render(p => p.Add(c => c.UnitCode, "phuong-bien-hoa"));

        page.WaitForElement("[data-testid=denied]");
        Assert.Empty(page.FindAll("[data-testid=figures]"));
        Assert.DoesNotContain("Biên Hòa", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_FormOfAnotherUnit_RefusedOnTheServerAndNothingWritten()
    {
        await using var ctx = NewContext(Roles.UnitReporter, "so-tu-phap");
        var workflow = ctx.Services.GetRequiredService<SubmissionWorkflow>();
        var office = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "vanphong"), new Claim(ClaimTypes.Role, Roles.ProvinceOffice)], "test"));
        var officer = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "dau-moi-so-tu-phap"), new Claim(ClaimTypes.Role, Roles.UnitReporter), new Claim(DashboardClaims.UnitCode, "so-tu-phap")], "test"));
        var otherUnitsForm = (await workflow.LoadAsync(office, "phuong-bien-hoa", Month))!;
        foreach (var row in otherUnitsForm.Rows)
        {
            (row.Numerator, row.Denominator) = (1, 2);
        }

        await workflow.SaveDraftAsync(officer, otherUnitsForm);
        await workflow.SubmitAsync(officer, otherUnitsForm);

        Assert.Equal(SubmissionWorkflow.NotYours, otherUnitsForm.Message!.Text);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        Assert.False(await db.UnitSubmissions.AnyAsync(s => s.UnitId == otherUnitsForm.Detail.UnitId && s.Month == Month.FirstDay));
    }

    private BunitContext NewContext(string role, string unitCode)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        var app = factory.Services;
        ctx.Services.AddSingleton(app.GetRequiredService<TimeProvider>());
        ctx.Services.AddSingleton(app.GetRequiredService<SubmissionQuery>());
        ctx.Services.AddSingleton(app.GetRequiredService<SendSubmissionHandler>());
        ctx.Services.AddSingleton(app.GetRequiredService<ReviewSubmissionHandler>());
        ctx.Services.AddSingleton(app.GetRequiredService<WriteGuard>());
        ctx.Services.AddScoped<SubmissionWorkflow>();
        ctx.SignIn(role, unitCode);
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/don-vi/{unitCode}/nop-bao-cao?thang={Month.ToIsoString()}");
        return ctx;
    }
}
