using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data.Entities;

namespace TargetsDashboard.Data;

/// <summary>Renames and merges units without losing their history: figures stay with the unit that reported them.</summary>
public sealed class UnitMaintenance(IDbContextFactory<TargetsDbContext> contextFactory)
{
    /// <summary>Gives a unit a new name from <paramref name="effectiveFrom"/>; the old name is kept for the months before.</summary>
    public async Task RenameAsync(int unitId, string newName, DateOnly effectiveFrom, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newName);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActingUser = actingUser;
        var unit = await db.Units.Include(u => u.NameHistory).SingleAsync(u => u.Id == unitId, cancellationToken);
        var previousStart = unit.NameHistory.Count == 0 ? unit.ValidFrom : unit.NameHistory.Max(h => h.ValidTo).AddDays(1);
        unit.NameHistory.Add(new UnitNameHistory { Name = unit.Name, ValidFrom = previousStart, ValidTo = effectiveFrom.AddDays(-1) });
        unit.Name = newName.Trim();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Ends the merged units on the day before <paramref name="effectiveFrom"/> and points them to the unit that takes over;
    /// their figures stay theirs, so past months still show who reported what.
    /// </summary>
    public async Task MergeAsync(IReadOnlyCollection<int> mergedUnitIds, int successorId, DateOnly effectiveFrom, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mergedUnitIds);
        if (mergedUnitIds.Contains(successorId))
        {
            throw new ArgumentException("A unit cannot be merged into itself.", nameof(mergedUnitIds));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActingUser = actingUser;
        var units = await db.Units.Where(u => mergedUnitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        foreach (var unit in units)
        {
            unit.ValidTo = effectiveFrom.AddDays(-1);
            unit.SuccessorId = successorId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The name a unit bore on a given day.</summary>
    public static string NameOn(Unit unit, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.NameHistory.FirstOrDefault(h => h.ValidFrom <= day && day <= h.ValidTo)?.Name ?? unit.Name;
    }
}
