using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TargetsDashboard.Data.Auditing;

/// <summary>
/// Raises <see cref="DataChangeSignal"/> when written data becomes visible to other connections, so that caches of
/// computed figures rebuild: after a save outside a transaction, or when an explicit transaction commits (the figures
/// written inside it, by SaveChanges or by an audited bulk statement, are visible only then; a cache rebuilt earlier
/// would keep the old figures).
/// </summary>
public sealed class DataChangeInterceptor(DataChangeSignal changeSignal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        changeSignal.Raise();
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changeSignal.Raise();
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RaiseUnlessInTransaction(eventData);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RaiseUnlessInTransaction(eventData);
        return ValueTask.FromResult(result);
    }

    private void RaiseUnlessInTransaction(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            changeSignal.Raise();
        }
    }
}
