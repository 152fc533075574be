using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Dashboard.Reports;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// Turns subscriptions and alerts into outbox messages. Each recipient is judged as the principal they would sign in
/// as (the sign-in's own claims factory) by <see cref="IReportAccessPolicy"/>: nobody is mailed what their role may not
/// open. Each message's key makes planning twice, or on two instances, queue it once.
/// </summary>
public sealed class MailPlanner(
    IServiceScopeFactory scopes,
    IDbContextFactory<TargetsDbContext> contexts,
    MailOutbox outbox,
    MailComposer composer,
    MailSubscriptions subscriptions,
    IReportAccessPolicy policy,
    ReportSource reports,
    LateUnitsSource late,
    KpiDataSource data,
    ILogger<MailPlanner> logger)
{
    private const string UnsubscribePath = "/thu-dien-tu/huy";

    /// <summary>Queues <paramref name="topic"/> of <paramref name="month"/> for every subscriber who may receive it; returns how many were queued.</summary>
    public async Task<int> PlanTopicAsync(MailTopic topic, YearMonth month, CancellationToken cancellationToken)
    {
        List<(MailSubscription Subscription, AppUser User)> subscribers;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            subscribers = (await db.MailSubscriptions.AsNoTracking().Where(s => s.Topic == topic)
                .Join(db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Email != null && u.Email != ""), s => s.UserId, u => u.Id, (s, u) => new { s, u })
                .ToListAsync(cancellationToken)).Select(x => (x.s, x.u)).ToList();
        }

        var existing = await outbox.ExistingKeysAsync([.. subscribers.Select(s => MailComposer.SubscriptionKey(s.Subscription.Id, month))], cancellationToken);
        var due = subscribers.Where(s => !existing.Contains(MailComposer.SubscriptionKey(s.Subscription.Id, month))).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var summary = topic is MailTopic.ProvinceSummary or MailTopic.LateUnits ? await reports.ProvinceSummaryAsync(month, cancellationToken) : null;
        if (summary is { HasFigures: false })
        {
            return 0;
        }

        var queued = 0;
        await using var scope = scopes.CreateAsyncScope();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        foreach (var (subscription, user) in due)
        {
            var principal = await principals.CreateAsync(user);
            if (!subscriptions.Allowed(principal).Contains(topic))
            {
                logger.LogInformation("User {User} is subscribed to {Topic} but their role no longer allows it; nothing sent.", user.UserName, topic);
                continue;
            }

            var unsubscribe = composer.Absolute(UnsubscribePath + "?t=" + Uri.EscapeDataString(subscriptions.UnsubscribeToken(user.Id, topic)));
            var draft = topic switch
            {
                MailTopic.ProvinceSummary => composer.ProvinceSummary(subscription.Id, user.Email!, summary!, unsubscribe),
                MailTopic.LateUnits => composer.LateUnits(subscription.Id, user.Email!, month, await LateUnitsAsync(month, cancellationToken), summary!, unsubscribe),
                _ => await UnitDraftAsync(subscription.Id, user.Email!, principal, month, unsubscribe, cancellationToken),
            };
            if (draft is not null && await outbox.EnqueueAsync(draft, cancellationToken))
            {
                queued++;
            }
        }

        return queued;
    }

    /// <summary>Queues each alert to the users bound to its unit (whatever their unit-scoped role), copied to the office.</summary>
    public async Task<int> PlanAlertsAsync(IReadOnlyList<UnitAlert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var existing = await outbox.ExistingKeysAsync([.. alerts.Select(a => MailComposer.AlertKey(a.Kind, a.Unit.Code, a.Month))], cancellationToken);
        var due = alerts.Where(a => !existing.Contains(MailComposer.AlertKey(a.Kind, a.Unit.Code, a.Month))).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var unitIds = due.Select(a => a.Unit.UnitId).Distinct().ToList();
        List<AppUser> unitUsers;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            unitUsers = await db.Users.AsNoTracking()
                .Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value) && !u.IsDisabled && u.Email != null && u.Email != "")
                .ToListAsync(cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var office = new List<string>();
        foreach (var member in await users.GetUsersInRoleAsync(Roles.ProvinceOffice))
        {
            if (!member.IsDisabled && !string.IsNullOrEmpty(member.Email) && policy.CanReadProvince(await principals.CreateAsync(member)))
            {
                office.Add(member.Email);
            }
        }

        var queued = 0;
        foreach (var alert in due)
        {
            var to = new List<string>();
            foreach (var user in unitUsers.Where(u => u.UnitId == alert.Unit.UnitId))
            {
                if (policy.CanReadUnit(await principals.CreateAsync(user), alert.Unit.Code))
                {
                    to.Add(user.Email!);
                }
            }

            // Nobody of the unit has an address: nothing is queued, so the alert still goes once someone has one this month.
            if (to.Count > 0 && await outbox.EnqueueAsync(composer.Alert(alert, to, [.. office.Except(to, StringComparer.OrdinalIgnoreCase)]), cancellationToken))
            {
                queued++;
            }
        }

        return queued;
    }

    private async Task<OutboxDraft?> UnitDraftAsync(long subscriptionId, string to, ClaimsPrincipal principal, YearMonth month, string unsubscribe, CancellationToken cancellationToken)
    {
        var code = principal.FindFirstValue(DashboardClaims.UnitCode)!;
        var (_, model) = await reports.UnitReportAsync(code, month, cancellationToken);
        return model is { HasFigures: true } ? composer.UnitReport(subscriptionId, to, model, unsubscribe) : null;
    }

    private async Task<IReadOnlyList<UnitInfo>> LateUnitsAsync(YearMonth month, CancellationToken cancellationToken)
    {
        var codes = (await late.ForMonthAsync(month, cancellationToken)).UnitCodes;
        var engine = (await data.GetAsync(cancellationToken)).Engine;
        return [.. codes.Select(engine.FindUnit).OfType<UnitInfo>()];
    }
}
