using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TargetsDashboard.Data.Auditing;

/// <summary>
/// Stamps who changed what, raises concurrency tokens and writes an <see cref="AuditEntry"/> for every change to an
/// <see cref="IAudited"/> entity, inside the same SaveChanges (so the log and the data commit or fail together). A save
/// on a context created for nobody (<see cref="TargetsDbContext.ActingUser"/> null) is refused.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{

    /// <summary>The properties of an entity the audit log records: not the key, not who/when, not the version.</summary>
    public static bool IsLogged(IReadOnlyProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return !property.IsPrimaryKey() && property.Name is not (nameof(ITracked.UpdatedBy) or nameof(ITracked.UpdatedAtUtc) or nameof(IVersioned.Version));
    }

    /// <summary>A measurement's key in the log: known before the insert, readable by a person.</summary>
    public static string MeasurementKey(int unitId, int indicatorId, DateOnly month) =>
        string.Create(CultureInfo.InvariantCulture, $"{unitId}/{indicatorId}/{month:yyyy-MM}");

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is not TargetsDbContext db)
        {
            return;
        }

        var user = db.RequireActingUser();
        var reason = db.AuditReason;
        var importBatchId = db.ImportBatchId;
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is ITracked tracked && entry.State != EntityState.Deleted)
            {
                tracked.UpdatedBy = user;
                tracked.UpdatedAtUtc = now;
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
            }

            if (entry.Entity is IAudited && ToAuditEntry(entry, user, reason, importBatchId, now) is { } audit)
            {
                entries.Add(audit);
            }
        }

        db.Set<AuditEntry>().AddRange(entries);
    }

    private static AuditEntry? ToAuditEntry(EntityEntry entry, string user, string? reason, long? importBatchId, DateTime now)
    {
        var properties = entry.Properties.Where(p => IsLogged(p.Metadata)).ToList();

        Dictionary<string, object?>? oldValues = null;
        Dictionary<string, object?>? newValues = null;
        switch (entry.State)
        {
            case EntityState.Added:
                newValues = properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
                break;
            case EntityState.Deleted:
                oldValues = properties.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
                break;
            default:
                var changed = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                if (changed.Count == 0)
                {
                    return null;
                }

                oldValues = changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
                newValues = changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
                break;
        }

        return new AuditEntry
        {
            EntityType = entry.Metadata.ClrType.Name,
            EntityKey = NaturalKey(entry),
            Action = entry.State.ToString(),
            OldValues = oldValues is null ? null : JsonSerializer.Serialize(oldValues),
            NewValues = newValues is null ? null : JsonSerializer.Serialize(newValues),
            UserName = user,
            AtUtc = now,
            Reason = reason,
            ImportBatchId = importBatchId,
        };
    }

    /// <summary>
    /// A key that is known before the insert (generated ids are not), and that a person can read:
    /// unit/indicator/month for a measurement.
    /// </summary>
    private static string NaturalKey(EntityEntry entry) => entry.Entity switch
    {
        Measurement m => MeasurementKey(m.UnitId, m.IndicatorId, m.Month),
        Unit u => u.Code,
        Indicator i => i.Code,
        MonthLock l => string.Create(CultureInfo.InvariantCulture, $"{l.Month:yyyy-MM}"),
        ApiClient c => c.Name,
        Target t => string.Create(CultureInfo.InvariantCulture, $"{t.IndicatorId}/{t.EffectiveFrom:yyyy-MM-dd}/{t.AppliesToKind?.ToString() ?? "*"}"),
        _ => string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture))),
    };
}
