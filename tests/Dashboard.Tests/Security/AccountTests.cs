using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Dashboard.Tests;

public partial class AccountTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_ClosesTheNameEvenForTheRightPassword()
    {
        using var client = NoRedirectClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await DashboardFactory.SignInAsync(client, "lanhdao", "Sai@12345");
            Assert.Contains("loi=sai", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var fifth = await DashboardFactory.SignInAsync(client, "lanhdao", "Sai@12345");
        var right = await DashboardFactory.SignInAsync(client, "lanhdao", AccountSeeder.DemoPassword);

        Assert.Contains("loi=khoa", fifth.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("loi=khoa", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(right.Headers.Location));
        Assert.Contains("Tài khoản tạm thời bị khóa", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_NewOneSignsInAndOldOneNoLonger()
    {
        using var client = await factory.SignedInClientAsync("phuong-bien-hoa", followRedirects: false);

        var response = await PostChangePasswordAsync(client, AccountSeeder.DemoPassword, "Moi@2026x", "Moi@2026x");

        Assert.Equal("/tai-khoan/doi-mat-khau?ok=1", response.Headers.Location!.OriginalString);
        using var fresh = NoRedirectClient();
        Assert.Contains("loi=sai", (await DashboardFactory.SignInAsync(fresh, "phuong-bien-hoa", AccountSeeder.DemoPassword)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/", (await DashboardFactory.SignInAsync(fresh, "phuong-bien-hoa", "Moi@2026x")).Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("Demo@2025", "abc", "abc", "loi=yeu")]
    [InlineData("Sai@2025x", "Moi@2026x", "Moi@2026x", "loi=sai")]
    [InlineData("Demo@2025", "Moi@2026x", "Khac@2026x", "loi=xac-nhan")]
    public async Task ChangePassword_BadInput_RefusedWithItsReason(string current, string next, string confirm, string expected)
    {
        using var client = await factory.SignedInClientAsync("lanhdao", followRedirects: false);

        var response = await PostChangePasswordAsync(client, current, next, confirm);

        Assert.Contains(expected, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DisabledAccount_IsRefusedWithAMessage()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync("quantri");
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        using var client = NoRedirectClient();
        var response = await DashboardFactory.SignInAsync(client, "quantri", AccountSeeder.DemoPassword);

        Assert.Contains("loi=vo-hieu", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/steal", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/xep-hang?ky=2025-10", "/xep-hang?ky=2025-10")]
    public void SafeLocal_ReturnUrl_OnlyPathsInsideTheApp(string returnUrl, string expected) =>
        Assert.Equal(expected, AccountEndpoints.SafeLocal(returnUrl));

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("evil.example")]
    [InlineData("/\u007f/evil.example")]
    public async Task SignIn_UnusableReturnUrl_SignsInToTheHomePage(string returnUrl)
    {
        using var client = NoRedirectClient();

        var response = await SignInWithReturnUrlAsync(client, Uri.UnescapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_VeryLongReturnUrl_SignsInToTheHomePage()
    {
        using var client = NoRedirectClient();

        var response = await SignInWithReturnUrlAsync(client, "/xep-hang?ky=" + new string('a', AccountEndpoints.MaxReturnUrlLength));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_ReturnUrlInsideTheApp_GoesThere()
    {
        using var client = NoRedirectClient();

        var response = await SignInWithReturnUrlAsync(client, "/xep-hang?ky=2025-10");

        Assert.Equal("/xep-hang?ky=2025-10", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = NoRedirectClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["tenDangNhap"] = "vanphong", ["matKhau"] = AccountSeeder.DemoPassword });

        var response = await client.PostAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Production_FreshDatabase_HasTheConfiguredAdministratorAndNoDemoAccounts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "targets-prod-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseSetting("ConnectionStrings:Dashboard", $"Data Source={Path.Combine(folder, "prod.db")};Pooling=False");
                b.UseSetting("Database:SeedDemoData", "false");
                b.UseSetting("Province:Name", "Hưng Yên");
                b.UseSetting("Accounts:InitialAdminUserName", "admin.tinh");
                b.UseSetting("Accounts:InitialAdminPassword", "Khoi@Tao2026");
            });
            using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

            Assert.Contains("loi=sai", (await DashboardFactory.SignInAsync(client, "vanphong", AccountSeeder.DemoPassword)).Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal("/", (await DashboardFactory.SignInAsync(client, "admin.tinh", "Khoi@Tao2026")).Headers.Location!.OriginalString);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task UnitHead_AdministratorAllowsPeerDetail_OpensAnotherUnit()
    {
        using var allowing = factory.WithWebHostBuilder(b => b.UseSetting("Accounts:UnitHeadsSeePeerDetail", "true"));
        using var client = allowing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await DashboardFactory.SignInAsync(client, "so-tu-phap", AccountSeeder.DemoPassword);

        var response = await client.GetAsync(new Uri("/don-vi/phuong-bien-hoa?ky=2025-10", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient NoRedirectClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task<HttpResponseMessage> SignInWithReturnUrlAsync(HttpClient client, string returnUrl)
    {
        var form = await client.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups[1].Value),
            ["tenDangNhap"] = "vanphong",
            ["matKhau"] = AccountSeeder.DemoPassword,
            ["returnUrl"] = returnUrl,
        });
        return await client.PostAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative), content);
    }

    private static async Task<HttpResponseMessage> PostChangePasswordAsync(HttpClient client, string current, string next, string confirm)
    {
        var form = await client.GetStringAsync(new Uri("/tai-khoan/doi-mat-khau", UriKind.Relative));
        var token = WebUtility.HtmlDecode(AntiforgeryField().Match(form).Groups[1].Value);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["matKhauCu"] = current,
            ["matKhauMoi"] = next,
            ["xacNhan"] = confirm,
        });
        return await client.PostAsync(new Uri("/tai-khoan/doi-mat-khau", UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
