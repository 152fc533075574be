using Microsoft.Extensions.Options;
using TargetsDashboard.Dashboard.Reports;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// Every instance runs this loop when mail is enabled: each <see cref="MailOptions.PollInterval"/> it queues the
/// subscriptions whose cron schedule (Vietnam time) came due, the month's alerts, then sends what is due. Running on two
/// instances is safe: the outbox's keys queue each message once and its leases send it once (decision 0012).
/// </summary>
public sealed class MailScheduler(
    MailPlanner planner,
    AlertDetector alerts,
    MailDispatcher dispatcher,
    ReportSource reports,
    IOptionsMonitor<MailOptions> options,
    TimeProvider clock,
    ILogger<MailScheduler> logger) : BackgroundService
{
    /// <summary>
    /// How far back the first look reaches: a schedule that came due while the app was stopped (a restart at 07:01 on
    /// the 6th) still runs. Keys make a catch-up of something already sent a no-op.
    /// </summary>
    public static readonly TimeSpan CatchUp = TimeSpan.FromDays(1);

    private DateTime _lastCheckUtc;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.Enabled)
        {
            return;
        }

        _lastCheckUtc = clock.GetUtcNow().UtcDateTime - CatchUp;
        using var timer = new PeriodicTimer(options.CurrentValue.PollInterval, clock);
        try
        {
            // The first round comes one interval after the start, when the app's other start-up work is done.
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round: due schedules, alerts, then sending. A failure is logged and the next round tries again.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var schedules = options.CurrentValue.Schedules;
            await RunScheduleAsync(MailTopic.ProvinceSummary, schedules.ProvinceSummary, now, cancellationToken);
            await RunScheduleAsync(MailTopic.UnitReport, schedules.UnitReports, now, cancellationToken);
            await RunScheduleAsync(MailTopic.LateUnits, schedules.LateUnits, now, cancellationToken);
            _lastCheckUtc = now;

            if (await reports.LastMonthAsync(cancellationToken) is { } latest)
            {
                await planner.PlanAlertsAsync(await alerts.FiguresAsync(latest, cancellationToken), cancellationToken);
            }

            await planner.PlanAlertsAsync(await alerts.LateAsync(YearMonth.FromDate(Vietnam.Today(clock)).AddMonths(-1), cancellationToken), cancellationToken);
            while (await dispatcher.SendDueAsync(cancellationToken) == MailDispatcher.BatchSize)
            {
            }
        }
#pragma warning disable CA1031 // The loop serves every later schedule: one round's failure (database busy, a bug in one message) must not end it.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "A mail round failed; the next one tries again.");
        }
    }

    /// <summary>
    /// The month a run reports on: the month before the run (the 6th of November reports October), or the latest month
    /// with figures when that one has none yet.
    /// </summary>
    public static YearMonth ReportMonth(DateTime occurrenceUtc, YearMonth? latestWithFigures)
    {
        var previous = YearMonth.FromDate(DateOnly.FromDateTime(Vietnam.ToLocalTime(occurrenceUtc))).AddMonths(-1);
        return latestWithFigures is { } latest && latest < previous ? latest : previous;
    }

    private async Task RunScheduleAsync(MailTopic topic, string schedule, DateTime now, CancellationToken cancellationToken)
    {
        var cron = MailOptionsValidator.TryParseCron(schedule) ?? throw new InvalidOperationException($"Mail schedule of {topic} is not a cron expression.");
        var due = cron.GetOccurrences(_lastCheckUtc, now, Vietnam.TimeZone, fromInclusive: false, toInclusive: true).LastOrDefault();
        if (due == default)
        {
            return;
        }

        var month = ReportMonth(due, await reports.LastMonthAsync(cancellationToken));
        var queued = await planner.PlanTopicAsync(topic, month, cancellationToken);
        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} {Topic} messages for {Month}.", queued, topic, month);
        }
    }
}
