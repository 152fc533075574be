using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data;

/// <summary>A new target as an administrator enters it.</summary>
/// <param name="Threshold">A fraction: 0.7 for 70%.</param>
public sealed record NewTarget(
    int IndicatorId,
    decimal Threshold,
    Comparison Comparison,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    UnitKind? AppliesToKind,
    string DocumentNumber,
    DateOnly DocumentDate,
    string Issuer);

/// <summary>Indicators' definitions and their targets over time. Every change is audited by the interceptor.</summary>
public sealed class TargetAdministration(IDbContextFactory<TargetsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<Indicator>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Indicators.AsNoTracking().Include(i => i.Targets).Where(i => i.Scorecard == ScorecardKind.Directive).OrderBy(i => i.DisplayOrder).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a target; the previous open-ended target of the same indicator and kind ends the day before.</summary>
    /// <returns>An error in Vietnamese, or null.</returns>
    public async Task<string?> AddAsync(NewTarget target, string actingUser, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Threshold is <= 0 or > 1)
        {
            return "Ngưỡng chỉ tiêu phải lớn hơn 0% và không quá 100%.";
        }

        if (target.EffectiveTo is { } to && to < target.EffectiveFrom)
        {
            return "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.";
        }

        if (string.IsNullOrWhiteSpace(target.DocumentNumber) || string.IsNullOrWhiteSpace(target.Issuer))
        {
            return "Cần nhập số văn bản và cơ quan ban hành.";
        }

        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var open = await db.Targets
            .Where(t => t.IndicatorId == target.IndicatorId && t.AppliesToKind == target.AppliesToKind && t.EffectiveTo == null && t.EffectiveFrom < target.EffectiveFrom)
            .ToListAsync(cancellationToken);
        foreach (var previous in open)
        {
            previous.EffectiveTo = target.EffectiveFrom.AddDays(-1);
        }

        db.Targets.Add(new Target
        {
            IndicatorId = target.IndicatorId,
            Threshold = target.Threshold,
            Comparison = target.Comparison,
            EffectiveFrom = target.EffectiveFrom,
            EffectiveTo = target.EffectiveTo,
            AppliesToKind = target.AppliesToKind,
            SourceDocumentNumber = target.DocumentNumber.Trim(),
            SourceDocumentDate = target.DocumentDate,
            SourceIssuer = target.Issuer.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Changes what an indicator's numerator and denominator count (the working definition of CONTACTLESS, say).</summary>
    public async Task UpdateDefinitionAsync(int indicatorId, string numeratorVi, string denominatorVi, string? noteVi, string actingUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateForAsync(actingUser, cancellationToken);
        var indicator = await db.Indicators.SingleAsync(i => i.Id == indicatorId, cancellationToken);
        indicator.NumeratorVi = numeratorVi.Trim();
        indicator.DenominatorVi = denominatorVi.Trim();
        indicator.DefinitionNoteVi = string.IsNullOrWhiteSpace(noteVi) ? null : noteVi.Trim();
        await db.SaveChangesAsync(cancellationToken);
    }
}
