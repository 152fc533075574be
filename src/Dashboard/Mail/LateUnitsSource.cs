using TargetsDashboard.Data.Submissions;
using TargetsDashboard.Data.Submissions.Deadlines;
using TargetsDashboard.Data.Submissions.Status;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>The units late for a month and the deadline they missed.</summary>
public sealed record LateUnitList(RoundDeadline Deadline, IReadOnlyList<string> UnitCodes)
{
    public static LateUnitList None(RoundDeadline deadline) => new(deadline, []);
}

/// <summary>
/// Late = the reporting round says the unit has sent nothing for the month (nothing at all, or a draft never sent) and
/// its deadline has passed in Vietnam time. A closed round (locked month) alerts nobody; a month the office or the
/// source system filled is not late. The round's status query is the one place these states are worked out.
/// </summary>
public sealed class LateUnitsSource(SubmissionStatusQuery rounds, TimeProvider clock)
{
    public async Task<LateUnitList> ForMonthAsync(YearMonth month, CancellationToken cancellationToken)
    {
        var round = await rounds.ForMonthAsync(month, cancellationToken);
        if (round.LockedMessage is not null || !round.Deadline.IsLateAt(clock.GetUtcNow().UtcDateTime))
        {
            return LateUnitList.None(round.Deadline);
        }

        return new LateUnitList(
            round.Deadline,
            [.. round.Units.Where(u => u.Status is RoundStatus.NotSubmitted or RoundStatus.Drafting).Select(u => u.UnitCode)]);
    }
}
