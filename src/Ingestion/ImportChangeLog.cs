using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TargetsDashboard.Data;
using TargetsDashboard.Data.Entities;
using TargetsDashboard.Formatting;

namespace TargetsDashboard.Ingestion;

/// <summary>One figure an import wrote, read back from the audit log. A null old value: the figure was new.</summary>
/// <param name="NumeratorBefore">Null when the import added the figure, or left the numerator as it was.</param>
public sealed record ImportChange(
    string UnitCode,
    string UnitName,
    string IndicatorCode,
    string IndicatorName,
    bool IsNew,
    long? NumeratorBefore,
    long? NumeratorAfter,
    long? DenominatorBefore,
    long? DenominatorAfter);

/// <summary>An import and every change it made, as the audit log recorded them.</summary>
public sealed record ImportDetail(ImportBatch Batch, IReadOnlyList<ImportChange> Changes);

/// <summary>Reads an import's changes from the audit log through <see cref="AuditEntry.ImportBatchId"/>.</summary>
public sealed class ImportChangeLog(IDbContextFactory<TargetsDbContext> contextFactory)
{
    public async Task<ImportDetail?> LoadAsync(long importId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == importId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var entries = await db.AuditLog.AsNoTracking()
            .Where(a => a.ImportBatchId == importId && a.EntityType == nameof(Measurement))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);

        var changes = new List<(ImportChange Change, int Order)>(entries.Count);
        foreach (var entry in entries)
        {
            // The key is "unitId/indicatorId/yyyy-MM" (AuditInterceptor.MeasurementKey).
            var parts = entry.EntityKey.Split('/');
            if (parts.Length != 3
                || !units.TryGetValue(int.Parse(parts[0], CultureInfo.InvariantCulture), out var unit)
                || !indicators.TryGetValue(int.Parse(parts[1], CultureInfo.InvariantCulture), out var indicator))
            {
                continue;
            }

            changes.Add((new ImportChange(
                unit.Code,
                unit.Name,
                indicator.Code,
                indicator.ShortNameVi,
                entry.Action == "Added",
                Count(entry.OldValues, nameof(Measurement.Numerator)),
                Count(entry.NewValues, nameof(Measurement.Numerator)),
                Count(entry.OldValues, nameof(Measurement.Denominator)),
                Count(entry.NewValues, nameof(Measurement.Denominator))), indicator.DisplayOrder));
        }

        // Units as people look them up (Vietnamese alphabetical order), indicators in the directive's order.
        var byName = StringComparer.Create(Vietnam.Culture, false);
        return new ImportDetail(batch, changes.OrderBy(c => c.Change.UnitName, byName).ThenBy(c => c.Order).Select(c => c.Change).ToList());
    }

    /// <summary>A count from the logged JSON; null when the entry did not change it.</summary>
    private static long? Count(string? json, string property)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
    }
}
