using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using Xunit.Abstractions;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// Sessions live in the database: a sign-in outlives a restart of the app, and a session ended on one instance stops
/// working on another on the same database within seconds. Real app instances on one real SQLite file.
/// </summary>
public sealed class SessionsInDatabaseTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "targets-sessions", Guid.NewGuid().ToString("N"))).FullName;

    private string Database => $"Data Source={Path.Combine(_folder, "shared.db")};Pooling=False";

    [Fact]
    public async Task SignInCookie_AppRestarted_StillOpensPages()
    {
        string cookie;
        using (var before = new DashboardFactory { ConnectionString = Database })
        {
            using var browser = NoRedirectClient(before, handleCookies: true);
            cookie = AuthCookie(await DashboardFactory.SignInAsync(browser, DashboardFactory.Office, AccountSeeder.DemoPassword));
            Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(before, cookie, "/")).StatusCode);
        }

        using var after = new DashboardFactory { ConnectionString = Database };

        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(after, cookie, "/")).StatusCode);
    }

    [Fact]
    public async Task Session_EndedOnOneInstance_StopsWorkingOnTheOtherWithinFiveSeconds()
    {
        using var first = new DashboardFactory { ConnectionString = Database };
        using var second = new DashboardFactory { ConnectionString = Database };
        using var browser = NoRedirectClient(first, handleCookies: true);
        var cookie = AuthCookie(await DashboardFactory.SignInAsync(browser, DashboardFactory.Office, AccountSeeder.DemoPassword));
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(second, cookie, "/")).StatusCode);

        var ended = first.Services.GetRequiredService<SignInSessions>().EndAll(await UserIdAsync(first, DashboardFactory.Office));

        Assert.Equal(1, ended);
        var clock = Stopwatch.StartNew();
        HttpStatusCode seen;
        do
        {
            await Task.Delay(250);
            seen = (await WithCookieAsync(second, cookie, "/")).StatusCode;
        }
        while (seen == HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(5));

        Assert.True(seen == HttpStatusCode.Redirect, $"The second instance still answers {seen} after {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(first, cookie, "/")).StatusCode);
    }

    [Fact]
    public async Task SecurityStamp_ChangedOutsideTheCookie_RefusedOnlyOnceTheCheckIsDue()
    {
        using var app = new DashboardFactory { ConnectionString = Database };
        using var browser = NoRedirectClient(app, handleCookies: true);
        var cookie = AuthCookie(await DashboardFactory.SignInAsync(browser, DashboardFactory.Office, AccountSeeder.DemoPassword));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByNameAsync(DashboardFactory.Office))!);
        }

        // Within the check's interval (5 minutes) the stamp is not read, and the page is served.
        using (var notDue = await WithCookieAsync(app, cookie, "/"))
        {
            Assert.Equal(HttpStatusCode.OK, notDue.StatusCode);
        }

        // The same cookie on an instance over the same database whose check is always due: refused.
        using var checking = app.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        using var refused = await WithCookieAsync(checking, cookie, "/");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/dang-nhap", refused.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_WritesASessionRow_WithoutAuditEntryOrDataVersionChange()
    {
        using var app = new DashboardFactory { ConnectionString = Database };
        app.CreateClient().Dispose();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<TargetsDbContext>>();
        var (audits, stamp) = await AuditsAndStampAsync(contexts);

        var sessions = app.Services.GetRequiredService<SignInSessions>();
        var id = sessions.Start(await UserIdAsync(app, DashboardFactory.Office));
        Assert.True(sessions.Touch(Principal(id)));
        sessions.End(id);

        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal((audits, stamp), await AuditsAndStampAsync(contexts));
        Assert.False(await db.SignInSessions.AnyAsync(s => s.Id == id));
        Assert.False(sessions.IsOpen(id));
    }

    /// <summary>Not a timed assertion: prints what the per-request check costs from the cache and from the database.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Touch_CachedAndDatabasePaths_CostIsPrinted(bool pooling)
    {
        var database = $"{Database[..Database.IndexOf(";Pooling", StringComparison.Ordinal)]};Pooling={pooling}";
        using var app = new DashboardFactory { ConnectionString = database };
        app.CreateClient().Dispose();
        var sessions = app.Services.GetRequiredService<SignInSessions>();
        var userId = await UserIdAsync(app, DashboardFactory.Office);
        var ids = Enumerable.Range(0, 1000).Select(_ => sessions.Start(userId)).ToList();
        var principals = ids.Select(Principal).ToList();

        const int cached = 200_000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < cached; i++)
        {
            Assert.True(sessions.Touch(principals[i % 10]));
        }

        var cachedMicroseconds = clock.Elapsed.TotalMicroseconds / cached;

        // A second instance has confirmed nothing yet: each of its first checks reads the row.
        using var other = new DashboardFactory { ConnectionString = database };
        other.CreateClient().Dispose();
        var fresh = other.Services.GetRequiredService<SignInSessions>();
        clock.Restart();
        foreach (var principal in principals)
        {
            Assert.True(fresh.Touch(principal));
        }

        var databaseMicroseconds = clock.Elapsed.TotalMicroseconds / principals.Count;
        output.WriteLine($"Pooling={pooling}: Touch from cache: {cachedMicroseconds:0.00} µs; reading the row (SQLite file): {databaseMicroseconds:0.0} µs");
        Assert.Equal(1000, sessions.EndAll(userId));
    }

    private static ClaimsPrincipal Principal(string sessionId) =>
        new(new ClaimsIdentity([new Claim(SignInSessions.ClaimType, sessionId)], IdentityConstants.ApplicationScheme));

    private static async Task<(int Audits, Guid Stamp)> AuditsAndStampAsync(IDbContextFactory<TargetsDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return (await db.AuditLog.CountAsync(), (await db.DataVersions.SingleAsync()).Stamp);
    }

    private static async Task<string> UserIdAsync(DashboardFactory app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByNameAsync(userName))!.Id;
    }

    private static HttpClient NoRedirectClient(WebApplicationFactory<Program> app, bool handleCookies) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });

    private static async Task<HttpResponseMessage> WithCookieAsync(WebApplicationFactory<Program> app, string cookie, string url)
    {
        using var client = NoRedirectClient(app, handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static string AuthCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("TargetsDashboard.Auth=", StringComparison.Ordinal));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
