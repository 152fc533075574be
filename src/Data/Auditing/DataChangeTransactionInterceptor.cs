using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TargetsDashboard.Data.Auditing;

/// <summary>
/// Raises <see cref="DataChangeSignal"/> when an explicit transaction commits: the figures written inside it (by
/// SaveChanges or by an audited bulk insert) become visible to the KPI cache only then.
/// </summary>
public sealed class DataChangeTransactionInterceptor(DataChangeSignal changeSignal) : DbTransactionInterceptor
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
}
