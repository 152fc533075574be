using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>
/// The server's list of open sign-in sessions. Each sign-in gets a random session id, carried as a claim in the cookie;
/// a cookie whose id is not on this list opens nothing, so signing out, a password change or reset, a role change and
/// disabling an account end sessions at once, a copied cookie included, and an open circuit is told at once
/// (<see cref="Ended"/>). Held in memory, like the report jobs: one app instance, and a restart asks everyone to sign
/// in again (docs/decisions/0008-sessions-and-sign-in-throttle.md). A dictionary lookup per request, no database.
/// </summary>
public sealed class SignInSessions(TimeProvider time)
{
    /// <summary>The claim that carries the session id in the sign-in cookie.</summary>
    public const string ClaimType = "td:session";

    /// <summary>As long as the cookie lives without a request (its sliding expiry): an idle session is forgotten after it.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromHours(8);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    /// <summary>Raised with the session id of each session that ends, so that open circuits lose access at once.</summary>
    public event Action<string>? Ended;

    /// <summary>Opens a session for <paramref name="userId"/> and returns its id.</summary>
    public string Start(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        Sweep();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _sessions[id] = new Session(userId, time.GetUtcNow().UtcTicks);
        return id;
    }

    /// <summary>The session id a principal carries, or null.</summary>
    public static string? IdOf(ClaimsPrincipal? principal) => principal?.FindFirst(ClaimType)?.Value;

    /// <summary>Whether the principal's session is open; a request that finds it open keeps it alive (sliding, like the cookie).</summary>
    public bool Touch(ClaimsPrincipal? principal)
    {
        if (IdOf(principal) is not { } id || !_sessions.TryGetValue(id, out var session))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcTicks;
        if (now - session.LastSeenTicks > IdleLimit.Ticks)
        {
            End(id);
            return false;
        }

        session.LastSeenTicks = now;
        return true;
    }

    /// <summary>Whether the session is open, without keeping it alive (a circuit's periodic check).</summary>
    public bool IsOpen(string? sessionId) =>
        sessionId is not null && _sessions.TryGetValue(sessionId, out var session) && time.GetUtcNow().UtcTicks - session.LastSeenTicks <= IdleLimit.Ticks;

    /// <summary>Ends one session (signing out).</summary>
    public void End(string? sessionId)
    {
        if (sessionId is not null && _sessions.TryRemove(sessionId, out _))
        {
            Ended?.Invoke(sessionId);
        }
    }

    /// <summary>Ends every session of a user (password changed or reset, role changed, account disabled); returns how many.</summary>
    public int EndAll(string userId)
    {
        var ended = 0;
        foreach (var (id, session) in _sessions)
        {
            if (string.Equals(session.UserId, userId, StringComparison.Ordinal) && _sessions.TryRemove(id, out _))
            {
                ended++;
                Ended?.Invoke(id);
            }
        }

        return ended;
    }

    /// <summary>Forgets idle sessions now and then, so that sessions nobody signs out of do not accumulate.</summary>
    private void Sweep()
    {
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now - last < SweepEvery.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now, last) != last)
        {
            return;
        }

        foreach (var (id, session) in _sessions)
        {
            if (now - session.LastSeenTicks > IdleLimit.Ticks)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    private sealed class Session(string userId, long lastSeenTicks)
    {
        private long _lastSeenTicks = lastSeenTicks;

        public string UserId { get; } = userId;

        public long LastSeenTicks
        {
            get => Interlocked.Read(ref _lastSeenTicks);
            set => Interlocked.Exchange(ref _lastSeenTicks, value);
        }
    }
}
