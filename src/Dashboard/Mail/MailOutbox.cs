using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>A message to queue: everything but its delivery state.</summary>
public sealed record OutboxDraft(
    string DedupKey,
    string Kind,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string HtmlBody,
    string TextBody,
    string? Attachment,
    string? UnsubscribeUrl);

/// <summary>A row of the administrator's list.</summary>
public sealed record OutboxRow(long Id, string Kind, string To, string Subject, OutboxStatus Status, int Attempts, DateTime CreatedUtc, DateTime? SentUtc, string? LastError);

/// <summary>
/// The outbox (decision 0012): one row per <see cref="OutboxDraft.DedupKey"/>, claimed by one instance at a time with a
/// lease, retried with backoff. Every statement is a plain one (no SaveChanges): mail is neither audited nor a change of
/// the figures, and each state change is one conditional UPDATE, so two instances can never both own a row.
/// </summary>
public sealed class MailOutbox(IDbContextFactory<TargetsDbContext> contexts, IOptionsMonitor<MailOptions> options, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Queues the draft unless a message with its key exists; true when this call queued it.</summary>
    public async Task<bool> EnqueueAsync(OutboxDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetUtcNow().UtcDateTime;
        var to = Join(draft.To);
        var cc = draft.Cc.Count == 0 ? null : Join(draft.Cc);
        var subject = draft.Subject.Length <= OutboxMessage.MaxSubjectLength ? draft.Subject : draft.Subject[..OutboxMessage.MaxSubjectLength];
        const int pending = (int)OutboxStatus.Pending;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            // The NOT EXISTS spares the usual case an exception; the unique index settles a race between two instances.
            var inserted = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO OutboxMessages (DedupKey, Kind, ToAddresses, CcAddresses, Subject, HtmlBody, TextBody, Attachment, UnsubscribeUrl, Status, Attempts, CreatedUtc, NextAttemptUtc)
                SELECT {draft.DedupKey}, {draft.Kind}, {to}, {cc}, {subject}, {draft.HtmlBody}, {draft.TextBody}, {draft.Attachment}, {draft.UnsubscribeUrl}, {pending}, 0, {now}, {now}
                WHERE NOT EXISTS (SELECT 1 FROM OutboxMessages WHERE DedupKey = {draft.DedupKey})
                """,
                cancellationToken);
            return inserted == 1;
        }
        catch (DbException) when (Exists(draft.DedupKey))
        {
            return false;
        }
    }

    /// <summary>The keys among <paramref name="keys"/> already queued (sent or not), so that planning skips building them.</summary>
    public async Task<HashSet<string>> ExistingKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.DedupKey)).Select(m => m.DedupKey).ToListAsync(cancellationToken);
        return found.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> due messages for <paramref name="owner"/>: pending ones whose time has come, and
    /// ones whose sender's lease lapsed (it crashed or stopped mid-send). Each claim is one conditional UPDATE: of two
    /// instances racing for a row, exactly one changes it.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string owner, int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + options.CurrentValue.LeaseDuration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await Due(db.OutboxMessages.AsNoTracking(), now).OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(max).ToListAsync(cancellationToken);
        var claimed = new List<OutboxMessage>(candidates.Count);
        foreach (var id in candidates)
        {
            var won = await Due(db.OutboxMessages.Where(m => m.Id == id), now).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.LeaseOwner, owner)
                    .SetProperty(m => m.LeaseUntilUtc, leaseUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
            if (won == 1)
            {
                claimed.Add(await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken));
            }
        }

        return claimed;
    }

    /// <summary>Records a delivery; false when the claim was lost meanwhile (the lease lapsed and another instance took it).</summary>
    public async Task<bool> MarkSentAsync(long id, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Owned(db, id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentUtc, now)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, (string?)null),
            cancellationToken) == 1;
    }

    /// <summary>Records a failed attempt: tried again after a growing pause, or failed for good after the last attempt.</summary>
    public async Task MarkAttemptFailedAsync(OutboxMessage message, string owner, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow().UtcDateTime;
        var giveUp = message.Attempts >= options.CurrentValue.MaxAttempts;
        var status = giveUp ? OutboxStatus.Failed : OutboxStatus.Pending;
        var next = now + Backoff(message.Attempts);
        var text = error.Length <= OutboxMessage.MaxErrorLength ? error : error[..OutboxMessage.MaxErrorLength];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Owned(db, message.Id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, status).SetProperty(m => m.NextAttemptUtc, next).SetProperty(m => m.LastError, text)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            cancellationToken);
    }

    /// <summary>The pause after attempt <paramref name="attempts"/>: 1, 4, 16, 64 minutes … at most 6 hours.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(360, Math.Pow(4, Math.Clamp(attempts - 1, 0, 10))));

    /// <summary>An administrator sends a failed message again: it is due at once, with a fresh count of attempts.</summary>
    public async Task<bool> ResendAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptUtc, now),
            cancellationToken) == 1;
    }

    /// <summary>How many messages are in each state.</summary>
    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>One page of messages, newest first; one status's when <paramref name="status"/> is set.</summary>
    /// <remarks>A page beyond the last gives the last one.</remarks>
    public async Task<(IReadOnlyList<OutboxRow> Rows, int Total, int Page)> ListAsync(OutboxStatus? status, int page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.OutboxMessages.AsNoTracking().Where(m => status == null || m.Status == status);
        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.Kind, m.ToAddresses, m.Subject, m.Status, m.Attempts, m.CreatedUtc, m.SentUtc, m.LastError))
            .ToListAsync(cancellationToken);
        return (rows, total, page);
    }

    public async Task<OutboxMessage?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    private static IQueryable<OutboxMessage> Due(IQueryable<OutboxMessage> messages, DateTime now) =>
        messages.Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now)
            || (m.Status == OutboxStatus.Sending && m.LeaseUntilUtc < now));

    private static IQueryable<OutboxMessage> Owned(TargetsDbContext db, long id, string owner) =>
        db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Sending && m.LeaseOwner == owner);

    /// <summary>Whether the key is queued: asked after a failed insert, to tell a lost race (fine) from a real error.</summary>
    private bool Exists(string key)
    {
        using var db = contexts.CreateDbContext();
        return db.OutboxMessages.Any(m => m.DedupKey == key);
    }

    private static string Join(IEnumerable<string> addresses)
    {
        var text = string.Join(", ", addresses);
        return text.Length <= OutboxMessage.MaxAddressListLength ? text : throw new ArgumentException("Too many recipients for one message.", nameof(addresses));
    }
}
