using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Dashboard.Security;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Addresses on accounts (demo, users page, first administrator) and each user's own choice of e-mail.</summary>
public sealed partial class UserEmailTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task DemoAccounts_DemoMode_HaveExampleOrgAddressesAndLeadershipGetsTheSummary()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var account in AccountSeeder.DemoAccounts)
        {
            Assert.Equal($"{account.UserName}@example.org", (await users.FindByNameAsync(account.UserName))!.Email);
        }

        var lanhdao = await users.FindByNameAsync("lanhdao");
        Assert.Equal([MailTopic.ProvinceSummary], await factory.Services.GetRequiredService<MailSubscriptions>().ChosenAsync(lanhdao!.Id, CancellationToken.None));
    }

    [Theory]
    [InlineData("khong-phai-dia-chi")]
    [InlineData("Tên <a@b.vn>")]
    [InlineData("a@b.vn, c@d.vn")]
    public async Task SetEmail_NotOneAddress_IsRefusedInVietnamese(string address)
    {
        var administration = factory.Services.GetRequiredService<UserAdministration>();
        var user = (await administration.ListAsync()).Single(u => u.UserName == "vanphong");

        var result = await administration.SetEmailAsync(user.Id, address);

        Assert.Equal(MailAddresses.Invalid, result.Error);
        Assert.Equal("vanphong@example.org", (await administration.ListAsync()).Single(u => u.UserName == "vanphong").Email);
    }

    [Fact]
    public async Task CreateUser_WithAddress_IsListedWithIt()
    {
        var administration = factory.Services.GetRequiredService<UserAdministration>();

        var result = await administration.CreateAsync("dau-moi-stp", "Cán bộ đầu mối", Roles.UnitHead, (await administration.ListAsync()).First(u => u.UnitId is not null).UnitId, "Demo@2025x", " dau-moi@tinh.gov.vn ");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("dau-moi@tinh.gov.vn", (await administration.ListAsync()).Single(u => u.UserName == "dau-moi-stp").Email);
    }

    [Fact]
    public async Task MailChoices_Office_SavesTheChosenTopicsOnly()
    {
        using var client = await factory.SignedInClientAsync("vanphong");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/tai-khoan/thu-dien-tu", UriKind.Relative)));
        Assert.Contains("vanphong@example.org", page, StringComparison.Ordinal);
        Assert.Contains(MailSubscriptions.Describe(MailTopic.LateUnits), page, StringComparison.Ordinal);
        Assert.DoesNotContain(MailSubscriptions.Describe(MailTopic.UnitReport), page, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value);

        // A topic the role may not have (the unit report) is dropped, whatever the form says.
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("chon", "LateUnits"), new("chon", "UnitReport"), new("chon", "khong-co")]);
        using var saved = await client.PostAsync(new Uri("/tai-khoan/thu-dien-tu/luu", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Đã lưu lựa chọn.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var vanphong = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("vanphong");
        Assert.Equal([MailTopic.LateUnits], await factory.Services.GetRequiredService<MailSubscriptions>().ChosenAsync(vanphong!.Id, CancellationToken.None));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
