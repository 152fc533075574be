using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TargetsDashboard.Dashboard.Mail;
using TargetsDashboard.Dashboard.Reports;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Reporting.Pdf;

namespace TargetsDashboard.Dashboard.Tests;

/// <summary>Delivery you can trust: each key queued once, each message sent once across instances and a crash mid-send, failures retried.</summary>
public sealed class OutboxTests(MailFixture mail) : IClassFixture<MailFixture>
{
    [Fact]
    public async Task Outbox_InstanceDiesHoldingClaims_EachMessageArrivesExactlyOnce()
    {
        var outbox = mail.Get<MailOutbox>();
        var keys = Enumerable.Range(1, 5).Select(i => $"test:restart:{i}").ToList();
        foreach (var key in keys)
        {
            Assert.True(await outbox.EnqueueAsync(Draft(key), CancellationToken.None));
        }

        // Instance A claims two messages and dies before sending them (its process is gone, its lease stays).
        var held = await outbox.ClaimAsync("instance-a", 2, CancellationToken.None);
        Assert.Equal(2, held.Count);

        // Instance B, started meanwhile, sends the rest and leaves A's claims alone while their lease runs.
        var b = Instance("instance-b");
        Assert.Equal(3, await b.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await b.SendDueAsync(CancellationToken.None));

        // A's lease lapses: B takes the two over and sends them; planning the same keys again queues nothing.
        await ExpireLeasesAsync("instance-a");
        Assert.Equal(2, await b.SendDueAsync(CancellationToken.None));
        foreach (var key in keys)
        {
            Assert.False(await outbox.EnqueueAsync(Draft(key), CancellationToken.None));
        }

        Assert.Equal(0, await b.SendDueAsync(CancellationToken.None));
        Assert.False(await outbox.MarkSentAsync(held[0].Id, "instance-a", CancellationToken.None));
        var received = mail.Sink.Messages.Where(m => (m.Subject ?? string.Empty).StartsWith("test:restart:", StringComparison.Ordinal)).Select(m => m.Subject ?? string.Empty).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outbox_TwoInstancesSendingAtOnce_SendEachMessageOnce()
    {
        var outbox = mail.Get<MailOutbox>();
        var keys = Enumerable.Range(1, 40).Select(i => $"test:pair:{i}").ToList();
        await Task.WhenAll(keys.Select(k => outbox.EnqueueAsync(Draft(k), CancellationToken.None)).Concat(keys.Select(k => outbox.EnqueueAsync(Draft(k), CancellationToken.None))));

        var sent = await Task.WhenAll(DrainAsync(Instance("pair-a")), DrainAsync(Instance("pair-b")));

        Assert.Equal(keys.Count, sent.Sum());
        var received = mail.Sink.Messages.Where(m => (m.Subject ?? string.Empty).StartsWith("test:pair:", StringComparison.Ordinal)).Select(m => m.Subject ?? string.Empty).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), received.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outbox_ServerUnreachable_RetriesLaterThenFailsAndAnAdministratorResends()
    {
        var outbox = mail.Get<MailOutbox>();
        Assert.True(await outbox.EnqueueAsync(Draft("test:retry:1"), CancellationToken.None));
        var closedPort = new SmtpSink();
        var port = closedPort.Port;
        await closedPort.DisposeAsync();
        var options = Options(port, maxAttempts: 2);
        var broken = Instance("retry", options);

        Assert.Equal(0, await broken.SendDueAsync(CancellationToken.None));
        var afterFirst = await RowAsync("test:retry:1");
        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.True(afterFirst.NextAttemptUtc > DateTime.UtcNow.AddSeconds(30), "The next attempt waits (backoff).");
        Assert.Contains("Không gửi được tới máy chủ thư", afterFirst.LastError, StringComparison.Ordinal);

        await MakeDueAsync("test:retry:1");
        await broken.SendDueAsync(CancellationToken.None);
        var failed = await RowAsync("test:retry:1");
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(2, failed.Attempts);

        Assert.True(await outbox.ResendAsync(failed.Id, CancellationToken.None));
        Assert.Equal(1, await Instance("retry-ok").SendDueAsync(CancellationToken.None));
        Assert.Equal(OutboxStatus.Sent, (await RowAsync("test:retry:1")).Status);
        Assert.Single(mail.Sink.Messages, m => m.Subject == "test:retry:1");
    }

    [Fact]
    public void Backoff_SuccessiveAttempts_WaitLongerUpToSixHours()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), MailOutbox.Backoff(1));
        Assert.Equal(TimeSpan.FromMinutes(4), MailOutbox.Backoff(2));
        Assert.Equal(TimeSpan.FromMinutes(16), MailOutbox.Backoff(3));
        Assert.Equal(TimeSpan.FromHours(6), MailOutbox.Backoff(9));
    }

    private static OutboxDraft Draft(string key) =>
        new(key, "Test", ["vanphong@example.org"], [], key, "<p>Thư thử nghiệm</p>", "Thư thử nghiệm", null, null);

    private StaticMonitor Options(int port, int maxAttempts)
    {
        var settings = mail.Get<IOptionsMonitor<MailOptions>>().CurrentValue;
        var copy = new MailOptions
        {
            Enabled = true,
            From = settings.From,
            PublicBaseUrl = settings.PublicBaseUrl,
            MaxAttempts = maxAttempts,
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None },
        };
        return new StaticMonitor(copy);
    }

    /// <summary>A dispatcher of another instance: its own lease owner, the app's database and SMTP settings unless given others.</summary>
    private MailDispatcher Instance(string owner, IOptionsMonitor<MailOptions>? options = null)
    {
        options ??= mail.Get<IOptionsMonitor<MailOptions>>();
        var outbox = options == mail.Get<IOptionsMonitor<MailOptions>>()
            ? mail.Get<MailOutbox>()
            : new MailOutbox(mail.Get<IDbContextFactory<TargetsDbContext>>(), options, TimeProvider.System);
        return new MailDispatcher(outbox, new SmtpMailTransport(options), mail.Get<ReportSource>(), mail.Get<PdfPrinter>(), options, NullLogger<MailDispatcher>.Instance)
        {
            InstanceId = owner,
        };
    }

    private static async Task<int> DrainAsync(MailDispatcher dispatcher)
    {
        var total = 0;
        int sent;
        while ((sent = await dispatcher.SendDueAsync(CancellationToken.None)) > 0)
        {
            total += sent;
        }

        return total;
    }

    private async Task ExpireLeasesAsync(string owner)
    {
        await using var db = await mail.Get<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        var past = DateTime.UtcNow.AddMinutes(-1);
        await db.OutboxMessages.Where(m => m.LeaseOwner == owner).ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntilUtc, past));
    }

    private async Task MakeDueAsync(string key)
    {
        await using var db = await mail.Get<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        var past = DateTime.UtcNow.AddMinutes(-1);
        await db.OutboxMessages.Where(m => m.DedupKey == key).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, past));
    }

    private async Task<OutboxMessage> RowAsync(string key)
    {
        await using var db = await mail.Get<IDbContextFactory<TargetsDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupKey == key);
    }

    private sealed class StaticMonitor(MailOptions value) : IOptionsMonitor<MailOptions>
    {
        public MailOptions CurrentValue => value;

        public MailOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<MailOptions, string?> listener) => null;
    }
}
