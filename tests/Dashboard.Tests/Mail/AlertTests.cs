using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Data;
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
        Assert.Equal(["dau-moi-so-tu-phap@example.org", "so-tu-phap@example.org"], message.To.Mailboxes.Select(b => b.Address).Order(StringComparer.Ordinal));
        Assert.Equal(["vanphong@example.org"], message.Cc.Mailboxes.Select(b => b.Address));
        Assert.Contains("Xếp hạng thử nghiệm.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailFixture.BaseUrl}/don-vi/so-tu-phap?ky=2025-10", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alert_UnitWithHeadAndFocalOfficer_ReachesBoth()
    {
        var engine = (await mail.Get<KpiDataSource>().GetAsync()).Engine;
        var alert = new UnitAlert(AlertKind.NotMet, engine.FindUnit("phuong-bien-hoa")!, October, ["Chỉ tiêu thử nghiệm."]);
        await mail.Get<MailPlanner>().PlanAlertsAsync([alert], CancellationToken.None);
        await DrainAsync();

        var message = Assert.Single(mail.Sink.Messages, m => (m.Subject ?? string.Empty).StartsWith("Cảnh báo: ", StringComparison.Ordinal) && (m.Subject ?? string.Empty).Contains("không còn đạt", StringComparison.Ordinal)
            && m.To.Mailboxes.Any(b => b.Address == "phuong-bien-hoa@example.org"));
        Assert.Equal(["dau-moi-phuong-bien-hoa@example.org", "phuong-bien-hoa@example.org"], message.To.Mailboxes.Select(b => b.Address).Order(StringComparer.Ordinal));
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
    public async Task LateAlerts_FromTheRound_OnlyAfterTheDeadlineAndOnlyForUnitsThatSentNothing()
    {
        var engine = (await mail.Get<KpiDataSource>().GetAsync()).Engine;
        var detector = mail.Get<AlertDetector>();

        // October 2025: the demo's figures count as entered by the office; only the units with no figure at all are late.
        await using (var db = await mail.Get<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync())
        {
            var reported = await db.Measurements.Where(m => m.Month == October.FirstDay && m.Indicator!.Scorecard == ScorecardKind.Directive).Select(m => m.UnitId).Distinct().ToListAsync();
            var silent = engine.ActiveUnits(null, Period.ForMonth(October)).Where(u => !reported.Contains(u.UnitId)).Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(silent);
            Assert.Equal(silent, (await detector.LateAsync(October, CancellationToken.None)).Select(a => a.Unit.Code).Order(StringComparer.Ordinal));
        }

        // A month long past its deadline with nothing sent: every active unit is late, told the round's deadline.
        var empty = new YearMonth(2026, 1);
        var late = await detector.LateAsync(empty, CancellationToken.None);
        Assert.Equal(
            engine.ActiveUnits(null, Period.ForMonth(empty)).Select(u => u.Code).Order(StringComparer.Ordinal),
            late.Select(a => a.Unit.Code).Order(StringComparer.Ordinal));
        Assert.All(late, a => Assert.Contains("hạn nộp là 23:59 ngày 05/02/2026", a.Lines.Single(), StringComparison.Ordinal));

        // A month whose deadline has not come: nobody is late yet.
        Assert.Empty(await detector.LateAsync(new YearMonth(2099, 12), CancellationToken.None));
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
