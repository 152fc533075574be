using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Ingestion.Excel;

/// <summary>Builds the template of a month from the database: the units active that month and every indicator.</summary>
public sealed class ImportTemplateSource(IDbContextFactory<TargetsDbContext> contextFactory)
{
    /// <param name="prefill">Writes the figures the month already has, so that a correction starts from them.</param>
    public async Task<byte[]> CreateAsync(DateOnly month, bool prefill = false, CancellationToken cancellationToken = default)
    {
        return ImportTemplateWorkbook.Create(await ModelAsync(month, prefill, cancellationToken));
    }

    public async Task<ImportTemplateModel> ModelAsync(DateOnly month, bool prefill = false, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // A few thousand units at most: filtered in memory by the one "active in the month" rule.
        var units = (await db.Units.AsNoTracking().ToListAsync(cancellationToken))
            .Where(u => u.IsActiveIn(Kpi.YearMonth.FromDate(first)))
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind })
            .ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Scorecard == ScorecardKind.Directive).OrderBy(i => i.DisplayOrder).ToListAsync(cancellationToken);

        Dictionary<(string, string), (long, long)>? current = null;
        if (prefill)
        {
            var unitCodes = units.ToDictionary(u => u.Id, u => u.Code);
            var indicatorCodes = indicators.ToDictionary(i => i.Id, i => i.Code);
            current = (await db.Measurements.AsNoTracking().Where(m => m.Month == first).ToListAsync(cancellationToken))
                .Where(m => unitCodes.ContainsKey(m.UnitId) && indicatorCodes.ContainsKey(m.IndicatorId))
                .ToDictionary(m => (unitCodes[m.UnitId], indicatorCodes[m.IndicatorId]), m => (m.Numerator, m.Denominator));
        }

        // Departments first, then wards and communes, as the national portal lists them.
        var ordered = units
            .OrderBy(u => u.Kind)
            .ThenBy(u => u.Name, StringComparer.Create(Vietnam.Culture, ignoreCase: true))
            .Select(u => new TemplateUnit(u.Code, u.Name, u.Kind))
            .ToList();
        return new ImportTemplateModel(
            first,
            ordered,
            indicators.Select(i => new TemplateIndicator(i.Code, i.NameVi, i.NumeratorVi, i.DenominatorVi)).ToList(),
            current);
    }
}
