using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TargetsDashboard.Data.Freshness;

/// <summary>
/// Writes a new <see cref="DataVersion"/> stamp with every save that changes anything, in the same statement batch and
/// transaction. An import's bulk figure statements share the transaction of the save that records the import, so
/// they are covered too: other processes see the stamp exactly when they can see the figures.
/// </summary>
public sealed class DataVersionInterceptor(LocalDataStamps localStamps) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changes = context.ChangeTracker.Entries()
            .Any(e => e.Entity is not DataVersion && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        if (!changes)
        {
            return;
        }

        var entry = context.ChangeTracker.Entries<DataVersion>().FirstOrDefault(e => e.Entity.Id == DataVersion.SingletonId)
            ?? context.Attach(new DataVersion { Id = DataVersion.SingletonId });
        var stamp = Guid.NewGuid();
        entry.Entity.Stamp = stamp;
        entry.Property(v => v.Stamp).IsModified = true;
        localStamps.Remember(stamp);
    }
}
