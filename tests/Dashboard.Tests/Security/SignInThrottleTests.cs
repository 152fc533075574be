using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>
/// Sign-in failures tell nobody which accounts exist, and cannot be used to lock a named user out. Each client here
/// comes from its own network address (the test server has none, so a header stands in for the connection's).
/// </summary>
public sealed class SignInThrottleTests(DashboardFactory factory) : IClassFixture<DashboardFactory>, IDisposable
{
    private const string AddressHeader = "X-Test-Remote-Address";

    private readonly WebApplicationFactory<Program> _networked = factory.WithWebHostBuilder(b =>
        b.ConfigureServices(s => s.AddSingleton<IStartupFilter, AddressFromHeader>()));

    [Fact]
    public async Task SignIn_RealAndUnknownName_GiveTheSameAnswersAfterRepeatedFailures()
    {
        var real = await AnswersAsync("203.0.113.1", "lanhdao", attempts: 7);
        var unknown = await AnswersAsync("203.0.113.1", "khong-co-ai", attempts: 7);

        Assert.Equal(["sai", "sai", "sai", "sai", "khoa", "khoa", "khoa"], real);
        Assert.Equal(real, unknown);
    }

    [Fact]
    public async Task SignIn_ManyFailuresFromAnotherAddress_DoNotLockTheAdministratorOut()
    {
        await AnswersAsync("198.51.100.66", "quantri", attempts: 10);

        using var administrator = Client("192.0.2.10");
        var response = await DashboardFactory.SignInAsync(administrator, "quantri", AccountSeeder.DemoPassword);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_ManyNamesFromOneAddress_ClosesThatAddress()
    {
        for (var i = 0; i < SignInThrottle.FailuresPerAddress; i++)
        {
            await AnswersAsync("203.0.113.77", $"ten-{i}", attempts: 1);
        }

        Assert.Equal(["khoa"], await AnswersAsync("203.0.113.77", "vanphong", attempts: 1, password: AccountSeeder.DemoPassword));
    }

    [Fact]
    public async Task SignIn_DisabledAccountWithAWrongPassword_AnswersLikeAnyWrongPassword()
    {
        var administration = _networked.Services.GetRequiredService<UserAdministration>();
        var user = (await administration.ListAsync()).Single(u => u.UserName == "so-tu-phap");
        await administration.SetDisabledAsync(user.Id, disabled: true);
        try
        {
            Assert.Equal(["sai"], await AnswersAsync("203.0.113.5", "so-tu-phap", attempts: 1));
            Assert.Equal(["vo-hieu"], await AnswersAsync("203.0.113.5", "so-tu-phap", attempts: 1, password: AccountSeeder.DemoPassword));
        }
        finally
        {
            await administration.SetDisabledAsync(user.Id, disabled: false);
        }
    }

    public void Dispose() => _networked.Dispose();

    private HttpClient Client(string address)
    {
        var client = _networked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    /// <summary>The error code ("sai", "khoa", …) of each attempt, as the sign-in page is sent to show it.</summary>
    private async Task<List<string>> AnswersAsync(string address, string userName, int attempts, string password = "Sai@12345")
    {
        using var client = Client(address);
        var answers = new List<string>();
        for (var i = 0; i < attempts; i++)
        {
            var location = (await DashboardFactory.SignInAsync(client, userName, password)).Headers.Location!.OriginalString;
            answers.Add(System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://x"), location).Query)["loi"] ?? location);
        }

        return answers;
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }
}
