using Microsoft.AspNetCore.Mvc.Testing;
using TargetsDashboard.Dashboard.Mail;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Mail settings are checked at start when mail is on: each one that cannot work is named.</summary>
public sealed class MailOptionsTests
{
    private static MailOptions Valid() => new()
    {
        Enabled = true,
        From = "Văn phòng UBND tỉnh <baocao@tinh.gov.vn>",
        PublicBaseUrl = "https://chitieu.tinh.gov.vn",
        Smtp = new SmtpOptions { Host = "smtp.tinh.gov.vn", Port = 587, Security = SmtpSecurity.StartTls, UserName = "baocao", Password = "bí-mật" },
    };

    private static string? Failure(MailOptions options)
    {
        var result = new MailOptionsValidator().Validate(null, options);
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void Validate_Disabled_AcceptsEmptySettings() => Assert.Null(Failure(new MailOptions()));

    [Fact]
    public void Validate_ValidSettingsAndDefaults_Accepted() => Assert.Null(Failure(Valid()));

    public static TheoryData<string, string> Broken() => new()
    {
        { "host", "Mail:Smtp:Host" },
        { "port", "Mail:Smtp:Port" },
        { "security", "Mail:Smtp:Security" },
        { "password-only", "Mail:Smtp:UserName and Mail:Smtp:Password" },
        { "from", "Mail:From" },
        { "base-url", "Mail:PublicBaseUrl" },
        { "base-url-query", "Mail:PublicBaseUrl" },
        { "summary-cron", "Mail:Schedules:ProvinceSummary" },
        { "unit-cron", "Mail:Schedules:UnitReports" },
        { "late-cron", "Mail:Schedules:LateUnits" },
        { "rank-fall", "Mail:AlertRankFall" },
        { "poll", "Mail:PollInterval" },
        { "attempts", "Mail:MaxAttempts" },
        { "lease", "Mail:LeaseDuration" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_OneBrokenSetting_NamesIt(string broken, string named)
    {
        var options = Valid();
        switch (broken)
        {
            case "host": options.Smtp.Host = " "; break;
            case "port": options.Smtp.Port = 70000; break;
            case "security": options.Smtp.Security = (SmtpSecurity)9; break;
            case "password-only": options.Smtp.UserName = null; break;
            case "from": options.From = "không phải địa chỉ"; break;
            case "base-url": options.PublicBaseUrl = "/tuong-doi"; break;
            case "base-url-query": options.PublicBaseUrl = "https://chitieu.tinh.gov.vn/?a=1"; break;
            case "summary-cron": options.Schedules.ProvinceSummary = "mỗi tháng"; break;
            case "unit-cron": options.Schedules.UnitReports = "0 7 6 * * *"; break;
            case "late-cron": options.Schedules.LateUnits = string.Empty; break;
            case "rank-fall": options.AlertRankFall = 0; break;
            case "poll": options.PollInterval = TimeSpan.Zero; break;
            case "attempts": options.MaxAttempts = 0; break;
            default: options.LeaseDuration = TimeSpan.FromSeconds(1); break;
        }

        var failure = Failure(options);

        Assert.NotNull(failure);
        Assert.Contains(named, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EveryMinute_IsAValidSchedule()
    {
        var options = Valid();
        options.Schedules.ProvinceSummary = "* * * * *";

        Assert.Null(Failure(options));
    }

    [Fact]
    public void Start_MailEnabledWithoutHost_StopsWithTheSettingsName()
    {
        using var factory = new DashboardFactory
        {
            Settings = new Dictionary<string, string> { ["Mail:Enabled"] = "true", ["Mail:From"] = "baocao@example.org", ["Mail:PublicBaseUrl"] = "http://localhost" },
        };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient(new WebApplicationFactoryClientOptions()));

        Assert.Contains("Mail:Smtp:Host", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_FirstAdministratorEmailNotAnAddress_StopsWithTheSettingsName()
    {
        using var factory = new DashboardFactory { Settings = new Dictionary<string, string> { ["Accounts:InitialAdminEmail"] = "quan-tri" } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient(new WebApplicationFactoryClientOptions()));

        Assert.Contains("Accounts:InitialAdminEmail", error.ToString(), StringComparison.Ordinal);
    }
}
