using System.Collections.Concurrent;
using System.Net;

namespace TargetsDashboard.Dashboard.Security;

/// <summary>
/// Limits password guessing without handing anyone a way to lock a named user out. Failures are counted per user name
/// as typed and source address: <see cref="FailuresPerName"/> wrong passwords for one name from one address close that
/// name to that address for <see cref="LockFor"/>, while the same user signs in from their own machine; and
/// <see cref="FailuresPerAddress"/> failures from one address, whatever the names, close the address. Counting the name
/// as typed, not the account, gives an unknown name exactly the answers of a real one. The choice is in
/// docs/decisions/0008-sessions-and-sign-in-throttle.md.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, ILogger<SignInThrottle> logger)
{
    public const int FailuresPerName = 5;

    public const int FailuresPerAddress = 30;

    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    /// <summary>Counters are kept at most this many; beyond it the oldest window is dropped first (bounded memory under a flood).</summary>
    private const int MaxCounters = 100_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>Whether a sign-in for <paramref name="userName"/> from <paramref name="address"/> may be tried now.</summary>
    public bool IsAllowed(string userName, IPAddress? address)
    {
        var now = time.GetUtcNow();
        return !IsClosed(NameKey(userName, address), FailuresPerName, now) && !IsClosed(AddressKey(address), FailuresPerAddress, now);
    }

    /// <summary>Counts a failed attempt (wrong password or unknown name alike).</summary>
    public void Failed(string userName, IPAddress? address)
    {
        var now = time.GetUtcNow();
        if (_counters.Count >= MaxCounters)
        {
            Trim(now);
        }

        if (Count(NameKey(userName, address), now) == FailuresPerName)
        {
            logger.LogWarning("Sign-in for {UserName} from {Address} closed for {Minutes} minutes after {Failures} failures.", userName, address, LockFor.TotalMinutes, FailuresPerName);
        }

        if (Count(AddressKey(address), now) == FailuresPerAddress)
        {
            logger.LogWarning("Sign-in from {Address} closed for {Minutes} minutes after {Failures} failures.", address, LockFor.TotalMinutes, FailuresPerAddress);
        }
    }

    /// <summary>A successful sign-in clears the name's count from that address (not the address's: guessing many names still counts).</summary>
    public void Succeeded(string userName, IPAddress? address) => _counters.TryRemove(NameKey(userName, address), out _);

    private static string NameKey(string userName, IPAddress? address) =>
        "n|" + (address?.ToString() ?? "-") + "|" + userName.Trim().ToUpperInvariant();

    private static string AddressKey(IPAddress? address) => "a|" + (address?.ToString() ?? "-");

    private bool IsClosed(string key, int limit, DateTimeOffset now) =>
        _counters.TryGetValue(key, out var counter) && counter.Failures(now) >= limit;

    private int Count(string key, DateTimeOffset now) => _counters.GetOrAdd(key, _ => new Counter()).Add(now);

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
        {
            if (counter.Failures(now) == 0)
            {
                _counters.TryRemove(key, out _);
            }
        }

        foreach (var key in _counters.OrderBy(c => c.Value.Since).Take(_counters.Count - (MaxCounters / 2)).Select(c => c.Key).ToList())
        {
            _counters.TryRemove(key, out _);
        }
    }

    /// <summary>Failures within one window of <see cref="LockFor"/> from the first; the window starts over once it has passed.</summary>
    private sealed class Counter
    {
        private readonly Lock _lock = new();
        private int _failures;

        public DateTimeOffset Since { get; private set; }

        public int Add(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (now - Since >= LockFor)
                {
                    Since = now;
                    _failures = 0;
                }

                return ++_failures;
            }
        }

        public int Failures(DateTimeOffset now)
        {
            lock (_lock)
            {
                return now - Since >= LockFor ? 0 : _failures;
            }
        }
    }
}
