using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>A session ends on the server: a cookie kept from before the end opens nothing, and an open circuit loses access.</summary>
public sealed partial class SessionTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task SignOut_CookieCopiedBefore_NoLongerOpensPages()
    {
        using var browser = NoRedirectClient();
        var copied = AuthCookie(await DashboardFactory.SignInAsync(browser, "lanhdao", AccountSeeder.DemoPassword));
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(copied, "/")).StatusCode);

        var signOut = await PostSignOutAsync(browser, withToken: true);

        Assert.Equal("/dang-nhap", signOut.Headers.Location!.OriginalString);
        var replay = await WithCookieAsync(copied, "/");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/dang-nhap", replay.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_IsRefusedAndTheSessionStays()
    {
        using var browser = NoRedirectClient();
        var cookie = AuthCookie(await DashboardFactory.SignInAsync(browser, "vanphong", AccountSeeder.DemoPassword));

        var response = await PostSignOutAsync(browser, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(cookie, "/")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_AnotherSessionOfTheUser_IsSignedOutAndThisOneStays()
    {
        using var elsewhere = NoRedirectClient();
        var otherCookie = AuthCookie(await DashboardFactory.SignInAsync(elsewhere, "so-tu-phap", AccountSeeder.DemoPassword));
        using var here = await factory.SignedInClientAsync("so-tu-phap", followRedirects: false);

        var form = await here.GetStringAsync(new Uri(AccountEndpoints.ChangePasswordPath, UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["matKhauCu"] = AccountSeeder.DemoPassword,
            ["matKhauMoi"] = "Moi@2026x",
            ["xacNhan"] = "Moi@2026x",
        });
        var changed = await here.PostAsync(new Uri(AccountEndpoints.ChangePasswordPath, UriKind.Relative), content);

        Assert.Equal("/tai-khoan/doi-mat-khau?ok=1", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(otherCookie, "/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("disable")]
    public async Task Administrator_ResetsPasswordOrDisables_UserIsSignedOutAtOnce(string action)
    {
        using var browser = NoRedirectClient();
        var cookie = AuthCookie(await DashboardFactory.SignInAsync(browser, "phuong-bien-hoa", AccountSeeder.DemoPassword));
        var userId = await UserIdAsync("phuong-bien-hoa");
        var administration = factory.Services.GetRequiredService<UserAdministration>();

        var result = action == "reset"
            ? await administration.ResetPasswordAsync(userId, "Dat@Lai2026")
            : await administration.SetDisabledAsync(userId, disabled: true);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(cookie, "/")).StatusCode);
        await administration.SetDisabledAsync(userId, disabled: false);
        await administration.ResetPasswordAsync(userId, AccountSeeder.DemoPassword);
    }

    [Fact]
    public async Task OpenCircuit_SessionEnds_LosesAccessAtOnce()
    {
        var sessions = factory.Services.GetRequiredService<SignInSessions>();
        var userId = await UserIdAsync("lanhdao");
        var sessionId = sessions.Start(userId);
        await using var circuit = factory.Services.CreateAsyncScope();
        var provider = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, "lanhdao"), new Claim(SignInSessions.ClaimType, sessionId)],
            IdentityConstants.ApplicationScheme));
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        Assert.True((await provider.GetAuthenticationStateAsync()).User.Identity!.IsAuthenticated);

        sessions.EndAll(userId);

        Assert.False((await provider.GetAuthenticationStateAsync()).User.Identity!.IsAuthenticated);
    }

    private HttpClient NoRedirectClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The request a second machine makes with a copy of the sign-in cookie and nothing else.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string url)
    {
        using var other = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await other.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostSignOutAsync(HttpClient client, bool withToken)
    {
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var fields = withToken ? new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) } : [];
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/tai-khoan/dang-xuat", UriKind.Relative), content);
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByNameAsync(userName))!.Id;
    }

    /// <summary>"TargetsDashboard.Auth=…" as the sign-in answer set it.</summary>
    private static string AuthCookie(HttpResponseMessage signIn) =>
        signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("TargetsDashboard.Auth=", StringComparison.Ordinal));

    private static string Token(string page) => WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
