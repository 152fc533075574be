using Microsoft.EntityFrameworkCore;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// Which units are late with a month's figures. The seam between mail and the reporting round: the round's own status
/// query replaces <see cref="NoFiguresAfterDeadline"/> when both are merged.
/// </summary>
public interface ILateUnitsSource
{
    /// <summary>Codes of the units late for <paramref name="month"/>; empty before its deadline.</summary>
    Task<IReadOnlyList<string>> LateUnitCodesAsync(YearMonth month, CancellationToken cancellationToken);
}

/// <summary>
/// Late = active in the month and no figure recorded for it once the deadline (the 5th of the next month, 23:59:59
/// Vietnam time) has passed. A month nobody has reported for yet is not judged: its round has not started.
/// </summary>
public sealed class NoFiguresAfterDeadline(KpiDataSource data, IDbContextFactory<TargetsDbContext> contexts, TimeProvider clock) : ILateUnitsSource
{
    /// <summary>The last moment figures for <paramref name="month"/> are on time, in Vietnam time.</summary>
    public static DateTime Deadline(YearMonth month) => month.AddMonths(1).FirstDay.AddDays(4).ToDateTime(new TimeOnly(23, 59, 59));

    public async Task<IReadOnlyList<string>> LateUnitCodesAsync(YearMonth month, CancellationToken cancellationToken)
    {
        if (Vietnam.Now(clock) <= Deadline(month))
        {
            return [];
        }

        var day = month.FirstDay;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reported = (await db.Measurements.AsNoTracking().Where(m => m.Month == day).Select(m => m.UnitId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        if (reported.Count == 0)
        {
            return [];
        }

        var snapshot = await data.GetAsync(cancellationToken);
        return [.. snapshot.Engine.ActiveUnits(null, Period.ForMonth(month)).Where(u => !reported.Contains(u.UnitId)).Select(u => u.Code)];
    }
}
