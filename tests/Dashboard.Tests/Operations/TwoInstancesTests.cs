using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// Two instances of the app on one SQLite file, as two processes behind one proxy (or the app and the operator's
/// command line): a change made through one shows on the other, and a sign-in on one is valid on the other.
/// </summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "targets-two-instances", Guid.NewGuid().ToString("N"));
    private readonly DashboardFactory _first;
    private readonly DashboardFactory _second;

    public TwoInstancesTests()
    {
        Directory.CreateDirectory(_folder);
        var database = $"Data Source={Path.Combine(_folder, "shared.db")};Pooling=False";
        _first = new DashboardFactory { ConnectionString = database };
        _second = new DashboardFactory { ConnectionString = database };
    }

    [Fact]
    public async Task Correction_MadeOnOneInstance_ShowsOnTheOtherWithinFiveSeconds()
    {
        // Both started and warmed up on the same figures.
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
        Assert.True(YearMonth.TryParseIso(DashboardFactory.LatestMonthToken, out var month));
        var secondSource = _second.Services.GetRequiredService<KpiDataSource>();
        var before = await secondSource.GetAsync();
        var unit = before.Engine.Units.First(u => u.Code == "so-tu-phap");
        var old = before.Engine.Value(unit.UnitId, "DIGITIZED", Period.ForMonth(month));

        var corrected = await CorrectAsync(unit.UnitId, month, old.Denominator!.Value);

        var clock = Stopwatch.StartNew();
        KpiValue seen;
        do
        {
            await Task.Delay(100);
            seen = (await secondSource.GetAsync()).Engine.Value(unit.UnitId, "DIGITIZED", Period.ForMonth(month));
        }
        while (seen.Numerator != corrected && clock.Elapsed < TimeSpan.FromSeconds(5));

        Assert.True(seen.Numerator == corrected, $"The second instance still shows {seen.Numerator} after {clock.Elapsed.TotalSeconds:0.0} s; the first wrote {corrected}.");
    }

    [Fact]
    public async Task SignInCookie_IssuedByOneInstance_IsAcceptedByTheOther()
    {
        var cookies = new CookieContainer();
        using var first = _first.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var signIn = await DashboardFactory.SignInAsync(first, DashboardFactory.Office, AccountSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var second = _second.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var response = await second.GetAsync(new Uri("/?ky=2025-10", UriKind.Relative));

        // Accepted because the key that protected the cookie is in the shared database, not in one machine's profile.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var factory = _second.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    /// <summary>Changes DIGITIZED of the unit through the first instance's audited save; returns the new numerator.</summary>
    private async Task<long> CorrectAsync(int unitId, YearMonth month, long denominator)
    {
        var factory = _first.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.ActAs("vanphong");
        var day = month.FirstDay;
        var figure = await db.Measurements.SingleAsync(m => m.UnitId == unitId && m.Indicator!.Code == "DIGITIZED" && m.Month == day);
        figure.Numerator = figure.Numerator == denominator ? 0 : figure.Numerator + 1;
        await db.SaveChangesAsync();
        return figure.Numerator;
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
