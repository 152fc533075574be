using TargetsDashboard.Data.Auditing;

namespace TargetsDashboard.Data;

/// <summary>Renames and merges units without losing their history: figures stay with the unit that reported them.</summary>
public sealed class UnitMaintenance(IDbContextFactory<TargetsDbContext> contextFactory)
{
    /// <summary>
    /// Gives a unit a new name from <paramref name="effectiveFrom"/>; the old name is kept for the days before. A name
    /// that would not have held for a single day is not kept: renaming twice with the same effective day replaces the
    /// first rename, and a rename dated before an earlier one ends the names it overlaps. No history row ever ends
    /// before it starts, and the rows and the current name cover the unit's days without overlap.
    /// </summary>
    public async Task RenameAsync(int unitId, string newName, DateOnly effectiveFrom, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newName);
        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var unit = await db.Units.Include(u => u.NameHistory).SingleAsync(u => u.Id == unitId, cancellationToken);
        var lastDayBefore = effectiveFrom.AddDays(-1);
        foreach (var superseded in unit.NameHistory.Where(h => h.ValidFrom >= effectiveFrom).ToList())
        {
            unit.NameHistory.Remove(superseded);
            db.Remove(superseded);
        }

        foreach (var overlapping in unit.NameHistory.Where(h => h.ValidTo > lastDayBefore))
        {
            overlapping.ValidTo = lastDayBefore;
        }

        var currentSince = unit.NameHistory.Count == 0 ? unit.ValidFrom : unit.NameHistory.Max(h => h.ValidTo).AddDays(1);
        if (currentSince <= lastDayBefore)
        {
            unit.NameHistory.Add(new UnitNameHistory { Name = unit.Name, ValidFrom = currentSince, ValidTo = lastDayBefore });
        }

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

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var units = await db.Units.Where(u => mergedUnitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        foreach (var unit in units)
        {
            unit.ValidTo = effectiveFrom.AddDays(-1);
            unit.SuccessorId = successorId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds a unit; its code must be new (codes are never reused, so history stays unambiguous).</summary>
    /// <returns>An error in Vietnamese, or null.</returns>
    public async Task<string?> CreateAsync(string code, string name, Kpi.UnitKind kind, DateOnly validFrom, string actingUser, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Cần nhập tên đơn vị.";
        }

        var slug = Seeding.UnitCatalog.Slug(string.IsNullOrWhiteSpace(code) ? name : code);
        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        if (await db.Units.AnyAsync(u => u.Code == slug, cancellationToken))
        {
            return $"Mã đơn vị “{slug}” đã có.";
        }

        db.Units.Add(new Unit { Code = slug, Name = name.Trim(), Kind = kind, ValidFrom = validFrom });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Ends a unit's validity: it is no longer expected to report after <paramref name="lastDay"/>; its figures stay.</summary>
    public async Task DeactivateAsync(int unitId, DateOnly lastDay, string actingUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var unit = await db.Units.SingleAsync(u => u.Id == unitId, cancellationToken);
        unit.ValidTo = lastDay;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>All units with their history, for the administration page.</summary>
    public async Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking().Include(u => u.NameHistory).Include(u => u.Successor).OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The name a unit bore on a given day: the engine's rule (<see cref="Kpi.UnitInfo.NameOn"/>) over the loaded history.</summary>
    public static string NameOn(Unit unit, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return KpiDataSource.ToUnitInfo(unit).NameOn(day);
    }
}
