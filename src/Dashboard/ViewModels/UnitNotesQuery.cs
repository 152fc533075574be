using Microsoft.EntityFrameworkCore;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>A unit's remark on a month, as stored.</summary>
public sealed record UnitNote(YearMonth Month, string Text, string UpdatedBy, DateTime UpdatedAtUtc);

/// <summary>Reads a unit's monthly notes; one context per call.</summary>
public sealed class UnitNotesQuery(IDbContextFactory<TargetsDbContext> contextFactory)
{
    /// <summary>The unit's notes for the months from <paramref name="first"/> to <paramref name="last"/>, newest first.</summary>
    public async Task<IReadOnlyList<UnitNote>> ForUnitAsync(int unitId, YearMonth first, YearMonth last, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var from = first.FirstDay;
        var to = last.LastDay;
        var rows = await db.UnitMonthNotes.AsNoTracking()
            .Where(n => n.UnitId == unitId && n.Month >= from && n.Month <= to)
            .Select(n => new { n.Month, n.Text, n.UpdatedBy, n.UpdatedAtUtc })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(n => n.Month)
            .Select(n => new UnitNote(YearMonth.FromDate(n.Month), n.Text, n.UpdatedBy, n.UpdatedAtUtc))
            .ToList();
    }
}
