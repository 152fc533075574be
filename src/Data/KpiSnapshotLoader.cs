using TargetsDashboard.Data.Index766;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data;

/// <summary>Reads a <see cref="KpiSnapshot"/> from the database: all of it, or the figures a save changed on top of one.</summary>
internal static class KpiSnapshotLoader
{
    /// <summary>Every unit, indicator, target and figure (over a second and 360 MB of allocations for 706,000 figures).</summary>
    public static async Task<KpiSnapshot> LoadAsync(TargetsDbContext db, KpiSettings settings, CancellationToken cancellationToken)
    {
        var allIndicators = await db.Indicators.AsNoTracking().OrderBy(i => i.DisplayOrder).ToListAsync(cancellationToken);
        var indicators = allIndicators.Where(i => i.Scorecard == ScorecardKind.Directive).ToList();
        var allCodes = allIndicators.ToDictionary(i => i.Id, i => i.Code);
        var directiveCodes = indicators.ToDictionary(i => i.Id, i => i.Code);
        var units = await db.Units.AsNoTracking().Include(u => u.NameHistory).ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking().ToListAsync(cancellationToken);
        var rows = await db.Measurements.AsNoTracking()
            .Select(m => new { m.UnitId, m.IndicatorId, m.Month, m.Numerator, m.Denominator })
            .ToListAsync(cancellationToken);
        var isDemo = await db.Measurements.AnyAsync(m => m.Source == MeasurementSource.Demo, cancellationToken);
        var lastChanged = rows.Count == 0 ? (DateTime?)null : await db.Measurements.MaxAsync(m => m.UpdatedAtUtc, cancellationToken);
        var unitInfos = units.Select(KpiDataSource.ToUnitInfo).ToList();

        // The 766 index scores its own sub-indicators with its own engine; the directive's engine never sees them.
        var index766 = await Index766Snapshot.LoadAsync(
            db,
            unitInfos,
            allIndicators.Where(i => i.Scorecard == ScorecardKind.Index766).ToList(),
            rows.Where(r => !directiveCodes.ContainsKey(r.IndicatorId)).Select(r => new Kpi.Measurement(r.UnitId, allCodes[r.IndicatorId], YearMonth.FromDate(r.Month), r.Numerator, r.Denominator)).ToList(),
            cancellationToken);
        rows = [.. rows.Where(r => directiveCodes.ContainsKey(r.IndicatorId))];

        var engine = new KpiEngine(
            unitInfos,
            indicators.Select(i => new IndicatorInfo(i.Code, i.NameVi, i.Aggregation, i.CountedOver, i.NumeratorItemVi, i.DisplayOrder)).ToList(),
            targets.Select(t => KpiDataSource.ToTargetRule(t, allCodes[t.IndicatorId])).ToList(),
            rows.Select(r => new Kpi.Measurement(r.UnitId, directiveCodes[r.IndicatorId], YearMonth.FromDate(r.Month), r.Numerator, r.Denominator)),
            settings);

        var details = indicators.ToDictionary(
            i => i.Code,
            i => new IndicatorDetails(i.Code, i.NameVi, i.NameEn, i.ShortNameVi, i.NumeratorVi, i.DenominatorVi, i.IsWorkingDefinition, i.DefinitionNoteVi));
        var firstMonth = rows.Count == 0 ? (YearMonth?)null : YearMonth.FromDate(rows.Min(r => r.Month));

        // Only the directive's figures are applied in place; a saved 766 figure is not in these codes, so it reloads.
        return new KpiSnapshot(engine, isDemo, lastChanged, details, firstMonth, index766) { IndicatorCodes = directiveCodes };
    }

    /// <summary>
    /// The snapshot with the figures of <paramref name="keys"/> as the database now holds them (a key without a row is
    /// a removed figure); null when a key names a unit or indicator the snapshot does not know, which only a full load
    /// can place.
    /// </summary>
    public static async Task<KpiSnapshot?> ApplyAsync(TargetsDbContext db, KpiSnapshot snapshot, IReadOnlySet<FigureKey> keys, CancellationToken cancellationToken)
    {
        var engine = snapshot.Engine;
        var knownUnits = engine.Units.Select(u => u.UnitId).ToHashSet();
        if (snapshot.IndicatorCodes is not { } codes || keys.Any(k => !knownUnits.Contains(k.UnitId) || !codes.ContainsKey(k.IndicatorId)))
        {
            return null;
        }

        var unitIds = keys.Select(k => k.UnitId).Distinct().ToList();
        var months = keys.Select(k => k.Month).Distinct().ToList();
        var rows = (await db.Measurements.AsNoTracking()
                .Where(m => unitIds.Contains(m.UnitId) && months.Contains(m.Month))
                .Select(m => new { m.UnitId, m.IndicatorId, m.Month, m.Numerator, m.Denominator, m.Source, m.UpdatedAtUtc })
                .ToListAsync(cancellationToken))
            .Where(r => keys.Contains(new FigureKey(r.UnitId, r.IndicatorId, r.Month)))
            .ToDictionary(r => new FigureKey(r.UnitId, r.IndicatorId, r.Month));

        var updates = keys.Select(k => rows.TryGetValue(k, out var r)
            ? FigureUpdate.Set(new Kpi.Measurement(r.UnitId, codes[r.IndicatorId], YearMonth.FromDate(r.Month), r.Numerator, r.Denominator))
            : FigureUpdate.Remove(k.UnitId, codes[k.IndicatorId], YearMonth.FromDate(k.Month)));
        var updated = engine.WithFigures(updates);

        if (rows.Count < keys.Count)
        {
            // A figure went: whether demo figures remain, the newest write and the first month are read again.
            var isDemo = await db.Measurements.AnyAsync(m => m.Source == MeasurementSource.Demo, cancellationToken);
            var any = await db.Measurements.AnyAsync(cancellationToken);
            var lastChanged = any ? await db.Measurements.MaxAsync(m => m.UpdatedAtUtc, cancellationToken) : (DateTime?)null;
            var first = any ? YearMonth.FromDate(await db.Measurements.MinAsync(m => m.Month, cancellationToken)) : (YearMonth?)null;
            return snapshot with { Engine = updated, IsDemo = isDemo, LastChangedUtc = lastChanged, FirstMonth = first };
        }

        var newest = rows.Values.Max(r => r.UpdatedAtUtc);
        var earliest = YearMonth.FromDate(rows.Values.Min(r => r.Month));
        return snapshot with
        {
            Engine = updated,
            IsDemo = snapshot.IsDemo || rows.Values.Any(r => r.Source == MeasurementSource.Demo),
            LastChangedUtc = snapshot.LastChangedUtc is { } last && last > newest ? last : newest,
            FirstMonth = snapshot.FirstMonth is { } firstMonth && firstMonth < earliest ? firstMonth : earliest,
        };
    }
}
