using TargetsDashboard.Data.Figures;
using TargetsDashboard.Data.Submissions.Deadlines;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Submissions.Status;

/// <summary>One unit's place in a month's round.</summary>
/// <param name="DaysLate">Whole days past the deadline (Vietnam time) at the first sending, or now while nothing was sent; 0 when on time or entered by others.</param>
/// <param name="SubmissionId">The unit's submission, when it has one.</param>
/// <param name="SubmittedAtUtc">When it was last sent; null while not sent.</param>
public sealed record UnitRoundStatus(
    int UnitId,
    string UnitCode,
    string UnitName,
    PeerGroup Group,
    RoundStatus Status,
    int DaysLate,
    int? SubmissionId,
    DateTime? SubmittedAtUtc);

/// <summary>A month's round: its deadline, whether it is closed, and every active unit's status (departments first, by name).</summary>
/// <param name="LockedMessage">Why the round is closed (the month is locked); null while open.</param>
public sealed record MonthRoundStatus(YearMonth Month, RoundDeadline Deadline, string? LockedMessage, IReadOnlyList<UnitRoundStatus> Units)
{
    public int Count(RoundStatus status) => Units.Count(u => u.Status == status);

    /// <summary>Submissions sent and not yet reviewed: the pages say the month still has them.</summary>
    public int Waiting => Units.Count(u => RoundWords.IsWaiting(u.Status));
}

/// <summary>
/// Each active unit's state, deadline and days late for a month: the office's status page, its workbook, the waiting
/// notice on the pages, and alerts ("not submitted by the deadline") all read it. Days late are counted on the
/// Vietnam calendar from the deadline's last day (<see cref="RoundDeadline.DaysLateAt"/>).
/// </summary>
public sealed class SubmissionStatusQuery(IDbContextFactory<TargetsDbContext> contextFactory, TimeProvider clock, DataChangeSignal? changeSignal = null)
{
    private const int MaxWaitingCounts = 64;

    /// <summary>The waiting counts by period, each with the data version it was read at (any save raises the version).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(YearMonth From, YearMonth To), (long Version, int Count)> _waiting = new();

    public async Task<MonthRoundStatus> ForMonthAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var deadline = await RoundSettings.DeadlineAsync(db, month, cancellationToken);
        var locked = FigureRules.MonthProblem(await MonthLocks.IsLockedAsync(db, month, cancellationToken), month);
        var day = month.FirstDay;
        var units = (await db.Units.AsNoTracking().Include(u => u.NameHistory).ToListAsync(cancellationToken)).Where(u => u.IsActiveIn(month)).ToList();
        var submissions = await db.UnitSubmissions.AsNoTracking().Where(s => s.Month == day)
            .Select(s => new { s.Id, s.UnitId, s.State, s.FirstSubmittedAtUtc, s.SubmittedAtUtc })
            .ToDictionaryAsync(s => s.UnitId, cancellationToken);
        var sources = (await db.Measurements.AsNoTracking().Where(m => m.Month == day && m.Indicator!.Scorecard == ScorecardKind.Directive)
                .Select(m => new { m.UnitId, m.Source, m.UpdatedAtUtc })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.UnitId)
            .ToDictionary(g => g.Key, g => g.MaxBy(m => m.UpdatedAtUtc)!.Source);
        var now = clock.GetUtcNow().UtcDateTime;

        var rows = units.Select(unit =>
            {
                var submission = submissions.GetValueOrDefault(unit.Id);
                var sentAt = submission?.FirstSubmittedAtUtc;
                var late = sentAt is { } at && deadline.IsLateAt(at);
                var status = RoundWords.StatusOf(submission?.State, late, sources.TryGetValue(unit.Id, out var source) ? source : null);
                var daysLate = status switch
                {
                    RoundStatus.EnteredByOffice or RoundStatus.EnteredBySource => 0,
                    _ when sentAt is { } first => deadline.DaysLateAt(first),
                    _ => deadline.DaysLateAt(now),
                };
                return new UnitRoundStatus(
                    unit.Id, unit.Code, UnitMaintenance.NameOn(unit, month.LastDay), unit.Kind.ToPeerGroup(), status, daysLate, submission?.Id, submission?.SubmittedAtUtc);
            })
            .OrderBy(u => u.Group)
            .ThenBy(u => u.UnitName, StringComparer.Create(Formatting.Vietnam.Culture, ignoreCase: true))
            .ToList();
        return new MonthRoundStatus(month, deadline, locked, rows);
    }

    /// <summary>How many submissions of the months from <paramref name="from"/> to <paramref name="to"/> wait for the office's review (cheap: the pages' notice asks it).</summary>
    public async Task<int> WaitingAsync(YearMonth from, YearMonth to, CancellationToken cancellationToken = default)
    {
        // Every province page shows this notice: the count is read again only after a save (the data-change signal,
        // which another instance's save raises too), not with every page.
        var version = changeSignal?.Version;
        if (version is not null && _waiting.TryGetValue((from, to), out var known) && known.Version == version)
        {
            return known.Count;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (first, last) = (from.FirstDay, to.FirstDay);
        var count = await db.UnitSubmissions.CountAsync(s => s.Month >= first && s.Month <= last && s.State == SubmissionState.Submitted, cancellationToken);
        if (version is { } read)
        {
            if (_waiting.Count >= MaxWaitingCounts)
            {
                _waiting.Clear();
            }

            _waiting[(from, to)] = (read, count);
        }

        return count;
    }
}
