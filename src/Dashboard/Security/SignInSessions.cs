using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>
/// The server's list of open sign-in sessions. Each sign-in gets a random session id, carried as a claim in the cookie;
/// a cookie whose id is not on this list opens nothing, so signing out, a password change or reset, a role change and
/// disabling an account end sessions at once, a copied cookie included, and an open circuit is told at once
/// (<see cref="Ended"/>). The list is the <c>SignInSessions</c> table, so every instance on the database accepts the
/// same sign-ins and a restart signs nobody out (docs/decisions/0008-sessions-and-sign-in-throttle.md).
/// </summary>
/// <remarks>
/// A request does not read the table every time: a session this instance found open is trusted for
/// <see cref="TrustFor"/>, so a session ended on another instance stops working here within that time, and one ended
/// here stops at once. The last-seen time is written at most once per <see cref="WriteLastSeenEvery"/>. All writes are
/// plain statements, never SaveChanges: a sign-in is neither audited nor a change that makes the figures rebuild.
/// </remarks>
public sealed class SignInSessions(TimeProvider time, IDbContextFactory<TargetsDbContext> contexts)
{
    /// <summary>The claim that carries the session id in the sign-in cookie.</summary>
    public const string ClaimType = "td:session";

    /// <summary>As long as the cookie lives without a request (its sliding expiry): an idle session ends after it.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(8);

    /// <summary>How long a session found open in the table is believed open without reading it again.</summary>
    internal static readonly TimeSpan TrustFor = TimeSpan.FromSeconds(3);

    /// <summary>How often a used session's last-seen time is written: the idle limit is hours, a minute's error is nothing.</summary>
    internal static readonly TimeSpan WriteLastSeenEvery = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Confirmed> _confirmed = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    /// <summary>Raised with the session id of each session ended by this instance, so that open circuits lose access at once.</summary>
    public event Action<string>? Ended;

    /// <summary>Opens a session for <paramref name="userId"/> and returns its id.</summary>
    public string Start(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        Sweep();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow().UtcDateTime;
        using (var db = contexts.CreateDbContext())
        {
            db.Database.ExecuteSql($"INSERT INTO SignInSessions (Id, UserId, LastSeenUtc) VALUES ({id}, {userId}, {now})");
        }

        _confirmed[id] = new Confirmed(now.Ticks, now.Ticks);
        return id;
    }

    /// <summary>The session id a principal carries, or null.</summary>
    public static string? IdOf(ClaimsPrincipal? principal) => principal?.FindFirst(ClaimType)?.Value;

    /// <summary>Whether the principal's session is open; a request that finds it open keeps it alive (sliding, like the cookie).</summary>
    public bool Touch(ClaimsPrincipal? principal)
    {
        if (IdOf(principal) is not { } id || Check(id) is not { } session)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (now.Ticks - session.LastWrittenTicks >= WriteLastSeenEvery.Ticks)
        {
            using var db = contexts.CreateDbContext();
            var written = db.SignInSessions.Where(s => s.Id == id).ExecuteUpdate(s => s.SetProperty(x => x.LastSeenUtc, now));
            if (written == 0)
            {
                _confirmed.TryRemove(id, out _);
                return false;
            }

            _confirmed[id] = session with { LastWrittenTicks = now.Ticks };
        }

        return true;
    }

    /// <summary>Whether the session is open, without keeping it alive (a circuit's periodic check).</summary>
    public bool IsOpen(string? sessionId) => sessionId is not null && Check(sessionId) is not null;

    /// <summary>Ends one session (signing out).</summary>
    public void End(string? sessionId)
    {
        if (sessionId is null)
        {
            return;
        }

        _confirmed.TryRemove(sessionId, out _);
        using var db = contexts.CreateDbContext();
        if (db.SignInSessions.Where(s => s.Id == sessionId).ExecuteDelete() > 0)
        {
            Ended?.Invoke(sessionId);
        }
    }

    /// <summary>Ends every session of a user (password changed or reset, role changed, account disabled); returns how many.</summary>
    public int EndAll(string userId)
    {
        using var db = contexts.CreateDbContext();
        var ids = db.SignInSessions.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Id).ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        foreach (var id in ids)
        {
            _confirmed.TryRemove(id, out _);
        }

        db.SignInSessions.Where(s => ids.Contains(s.Id)).ExecuteDelete();
        foreach (var id in ids)
        {
            Ended?.Invoke(id);
        }

        return ids.Count;
    }

    /// <summary>The session if it is open: from what this instance confirmed in the last few seconds, else from the table.</summary>
    private Confirmed? Check(string id)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_confirmed.TryGetValue(id, out var known) && now.Ticks - known.ConfirmedTicks < TrustFor.Ticks)
        {
            return known;
        }

        DateTime? lastSeen;
        using (var db = contexts.CreateDbContext())
        {
            lastSeen = db.SignInSessions.AsNoTracking().Where(s => s.Id == id).Select(s => (DateTime?)s.LastSeenUtc).FirstOrDefault();
        }

        if (lastSeen is null)
        {
            _confirmed.TryRemove(id, out _);
            return null;
        }

        if (now - lastSeen.Value > IdleLimit)
        {
            End(id);
            return null;
        }

        var confirmed = new Confirmed(now.Ticks, lastSeen.Value.Ticks);
        _confirmed[id] = confirmed;
        return confirmed;
    }

    /// <summary>Deletes idle sessions now and then, so that sessions nobody signs out of do not accumulate.</summary>
    private void Sweep()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.Ticks - last < SweepEvery.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.Ticks, last) != last)
        {
            return;
        }

        foreach (var (id, known) in _confirmed)
        {
            if (now.Ticks - known.ConfirmedTicks >= TrustFor.Ticks)
            {
                _confirmed.TryRemove(id, out _);
            }
        }

        var cutoff = now - IdleLimit;
        using var db = contexts.CreateDbContext();
        db.SignInSessions.Where(s => s.LastSeenUtc < cutoff).ExecuteDelete();
    }

    /// <summary>When this instance last found the session in the table, and the last-seen time the table holds.</summary>
    private sealed record Confirmed(long ConfirmedTicks, long LastWrittenTicks);
}
