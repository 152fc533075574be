using System.Data.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TargetsDashboard.Data.Auditing;

/// <summary>
/// Raises <see cref="DataChangeSignal"/> when written data becomes visible to other connections, so that caches of
/// computed figures update: after a save outside a transaction, or when an explicit transaction commits (the figures
/// written inside it, by SaveChanges or by an audited bulk statement, are visible only then; a cache updated earlier
/// would keep the old figures). The signal says what changed (<see cref="DataChange"/>): the keys of the figures
/// written, so that the KPI snapshot applies them instead of loading every figure again; everything when units,
/// their names, indicators, targets, the 766 rule sets or national ranks changed, or when a commit's writes were not described.
/// </summary>
public sealed class DataChangeInterceptor(DataChangeSignal changeSignal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        changeSignal.Raise(Take(eventData?.Context));
        base.TransactionCommitted(transaction, eventData!);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changeSignal.Raise(Take(eventData?.Context));
        return base.TransactionCommittedAsync(transaction, eventData!, cancellationToken);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Forget(eventData?.Context);
        base.TransactionRolledBack(transaction, eventData!);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return base.TransactionRolledBackAsync(transaction, eventData!, cancellationToken);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData?.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RaiseUnlessInTransaction(eventData?.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RaiseUnlessInTransaction(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData?.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData?.Context);
        return Task.CompletedTask;
    }

    /// <summary>Records what the save about to run changes (before it runs: afterwards deleted entries are gone).</summary>
    private static void Collect(DbContext? context)
    {
        if (context is not TargetsDbContext db)
        {
            return;
        }

        var pending = db.PendingChanges;
        pending.MarkDescribed();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Measurement when entry.State == EntityState.Deleted:
                    // A removed figure may take the last demo figure or the newest date with it: those are read again in full.
                    pending.AddEverything();
                    break;
                case Measurement figure:
                    pending.AddFigure(new FigureKey(figure.UnitId, figure.IndicatorId, figure.Month));
                    AddOriginalKey(entry, pending);
                    break;
                // A 766 rule set rescores every unit; a national rank is read with the 766 snapshot.
                case Unit or UnitNameHistory or Indicator or Target or Index766RuleSetRecord or NationalRank:
                    pending.AddEverything();
                    break;
            }
        }
    }

    /// <summary>A figure moved to another unit, indicator or month leaves its old place empty.</summary>
    private static void AddOriginalKey(EntityEntry entry, DataChangeCollector pending)
    {
        if (entry.State == EntityState.Modified)
        {
            pending.AddFigure(new FigureKey(
                entry.Property(nameof(Measurement.UnitId)).OriginalValue as int? ?? 0,
                entry.Property(nameof(Measurement.IndicatorId)).OriginalValue as int? ?? 0,
                entry.Property(nameof(Measurement.Month)).OriginalValue as DateOnly? ?? default));
        }
    }

    private static DataChange Take(DbContext? context) =>
        context is TargetsDbContext db ? db.PendingChanges.Take() : DataChange.Everything;

    private static void Forget(DbContext? context)
    {
        if (context is TargetsDbContext db)
        {
            db.PendingChanges.Clear();
        }
    }

    private void RaiseUnlessInTransaction(DbContext? context)
    {
        if (context is null)
        {
            changeSignal.Raise();
        }
        else if (context.Database.CurrentTransaction is null && context is TargetsDbContext { PendingChanges.IsDescribed: true } db)
        {
            // A save of several statements commits its own transaction, which raised the signal already.
            changeSignal.Raise(db.PendingChanges.Take());
        }
    }

    private static void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }
}
