using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Alerts: found from the figures, sent to the users bound to the unit, copied to the office, once per kind, unit and month.</summary>
public sealed class AlertTests(MailFixture mail) : IClassFixture<MailFixture>
{
    private static readonly YearMonth October = new(2025, 10);

    [Fact]
    public async Task Alert_PlannedTwice_ReachesTheUnitsPeopleOnceCopiedToTheOffice()
    {
        var engine = (await mail.Get<KpiDataSource>().GetAsync()).Engine;
        var unit = engine.FindUnit("so-tu-phap")!;
        var alert = new UnitAlert(AlertKind.RankFall, unit, October, ["Xếp hạng thử nghiệm."]);

        Assert.Equal(1, await mail.Get<MailPlanner>().PlanAlertsAsync([alert], CancellationToken.None));
        Assert.Equal(0, await mail.Get<MailPlanner>().PlanAlertsAsync([alert], CancellationToken.None));
        await DrainAsync();

        var message = Assert.Single(mail.Sink.Messages, m => m.Subject == $"Cảnh báo: {unit.Name} tụt hạng tháng 10/2025");
        Assert.Equal(["so-tu-phap@example.org"], message.To.Mailboxes.Select(b => b.Address));
        Assert.Equal(["vanphong@example.org"], message.Cc.Mailboxes.Select(b => b.Address));
        Assert.Contains("Xếp hạng thử nghiệm.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailFixture.BaseUrl}/don-vi/so-tu-phap?ky=2025-10", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_AnyUserBoundToTheUnit_IsARecipientWhateverTheUnitRole()
    {
        // Recipients are the users bound to the unit, not a list of roles: a second account of the unit (as the focal
        // officer's role will be) receives the alert too.
        await using (var scope = mail.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var head = await users.FindByNameAsync("phuong-bien-hoa");
            var second = new AppUser { UserName = "phuong-bien-hoa-2", DisplayName = "Cán bộ đầu mối", UnitId = head!.UnitId, Email = "dau-moi@example.org" };
            Assert.True((await users.CreateAsync(second, "Demo@2025x")).Succeeded);
            Assert.True((await users.AddToRoleAsync(second, Security.Roles.UnitHead)).Succeeded);
        }

        var engine = (await mail.Get<KpiDataSource>().GetAsync()).Engine;
        var alert = new UnitAlert(AlertKind.NotMet, engine.FindUnit("phuong-bien-hoa")!, October, ["Chỉ tiêu thử nghiệm."]);
        await mail.Get<MailPlanner>().PlanAlertsAsync([alert], CancellationToken.None);
        await DrainAsync();

        var message = Assert.Single(mail.Sink.Messages, m => (m.Subject ?? string.Empty).StartsWith("Cảnh báo: ", StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("không còn đạt", StringComparison.Ordinal)
            && m.To.Mailboxes.Any(b => b.Address == "dau-moi@example.org"));
        Assert.Equal(["dau-moi@example.org", "phuong-bien-hoa@example.org"], message.To.Mailboxes.Select(b => b.Address).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FiguresAlerts_October_FollowTheEngine()
    {
        var engine = (await mail.Get<KpiDataSource>().GetAsync()).Engine;
        var alerts = await mail.Get<AlertDetector>().FiguresAsync(October, CancellationToken.None);

        var period = Period.ForMonth(October);
        var expectedNotMet = engine.ActiveUnits(null, period)
            .Where(u => engine.Indicators.Any(i => engine.Evaluate(u.UnitId, i.Code, period).Status == KpiStatus.NotMet
                && engine.Evaluate(u.UnitId, i.Code, period.Previous()).Status == KpiStatus.Met))
            .Select(u => u.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expectedNotMet, alerts.Where(a => a.Kind == AlertKind.NotMet).Select(a => a.Unit.Code).Order(StringComparer.Ordinal));
        var expectedFalls = Enum.GetValues<PeerGroup>().SelectMany(g => engine.Rank(g, period).Entries).Where(e => e.RankChange <= -5).Select(e => e.Score.Unit.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expectedFalls, alerts.Where(a => a.Kind == AlertKind.RankFall).Select(a => a.Unit.Code).Order(StringComparer.Ordinal));
        Assert.All(alerts.Where(a => a.Kind == AlertKind.RankFall), a => Assert.Contains("giảm", a.Lines.Single(), StringComparison.Ordinal));
    }

    [Fact]
    public void Deadline_October_IsTheFifthOfNovemberAtTheLastSecondInVietnam()
    {
        Assert.Equal(new DateTime(2025, 11, 5, 23, 59, 59), NoFiguresAfterDeadline.Deadline(October));
        Assert.Equal(new DateTime(2026, 1, 5, 23, 59, 59), NoFiguresAfterDeadline.Deadline(new YearMonth(2025, 12)));
    }

    [Theory]
    [InlineData("2025-11-06T00:00:00Z", null, "2025-10")]
    [InlineData("2025-10-31T18:00:00Z", null, "2025-10")]
    [InlineData("2026-12-06T00:00:00Z", "2025-10", "2025-10")]
    [InlineData("2025-11-06T00:00:00Z", "2025-11", "2025-10")]
    public void ReportMonth_ScheduleRun_ReportsThePreviousVietnamMonthOrTheLatestWithFigures(string runUtc, string? latest, string expected)
    {
        var run = DateTime.Parse(runUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        YearMonth? latestMonth = latest is null ? null : YearMonth.TryParseIso(latest, out var m) ? m : throw new ArgumentException(latest);

        Assert.Equal(expected, MailScheduler.ReportMonth(run, latestMonth).ToIsoString());
    }

    private async Task DrainAsync()
    {
        while (await mail.Get<MailDispatcher>().SendDueAsync(CancellationToken.None) > 0)
        {
        }
    }
}
