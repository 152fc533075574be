using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TargetsDashboard.Dashboard.Security;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>The whole app over a fresh SQLite file seeded with demo figures ending October 2025, and its demo accounts.</summary>
public sealed partial class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "targets-web-tests", Guid.NewGuid().ToString("N"));

    public const string LatestMonthToken = "2025-10";

    /// <summary>The database; by default a fresh file of this factory's own. Two factories given one file share it.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>More settings for the app (for example "Mail:Enabled"), applied after the defaults.</summary>
    public IReadOnlyDictionary<string, string>? Settings { get; init; }

    /// <summary>The office staff demo account: sees every unit.</summary>
    public const string Office = "vanphong";

    /// <summary>
    /// A client signed in through the real sign-in form (antiforgery token, password, cookie), as a browser does.
    /// </summary>
    public async Task<HttpClient> SignedInClientAsync(string userName = Office, string password = AccountSeeder.DemoPassword, bool followRedirects = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await SignInAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/dang-nhap", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {response.StatusCode} {response.Headers.Location}.");
        }

        if (followRedirects)
        {
            client.Dispose();
            var following = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
            await SignInAsync(following, userName, password);
            return following;
        }

        return client;
    }

    /// <summary>A page as a signed-in user reads it: the server's HTML with entities decoded (Blazor encodes non-ASCII).</summary>
    public async Task<string> PageTextAsync(string url, string userName = Office)
    {
        using var client = await SignedInClientAsync(userName);
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
    }

    /// <summary>Posts the sign-in form and returns the redirect the app answered with.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["tenDangNhap"] = userName,
            ["matKhau"] = password,
            ["returnUrl"] = "/",
        });
        return await client.PostAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative), content);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Dashboard", ConnectionString ?? $"Data Source={Path.Combine(_folder, "web.db")};Pooling=False");
        builder.UseSetting("Database:DemoEndMonth", LatestMonthToken);
        // Tests read what they just changed: a full reload of the figures is waited for, however slow the machine.
        builder.UseSetting("Kpi:RebuildWaitMilliseconds", "60000");
        foreach (var (key, value) in Settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
