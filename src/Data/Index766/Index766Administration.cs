using TargetsDashboard.Data.Auditing;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Index766;

/// <summary>A stored 766 rule set with what its edit form needs: the row, its concurrency version and who changed it last.</summary>
public sealed record StoredIndex766RuleSet(int Id, int Version, Index766RuleSet RuleSet, string UpdatedBy, DateTime UpdatedAtUtc);

/// <summary>
/// The administrator's changes to the 766 rule sets (their numbers, source and months in force) and the office's entry of
/// the province's national rank. Each returns a refusal in Vietnamese or null; every save is audited with its actor and
/// raises the data-change signal, so the 766 pages score with the new numbers at once.
/// </summary>
public sealed class Index766Administration(IDbContextFactory<TargetsDbContext> contextFactory)
{
    public const int MaxSourceLength = 500;

    /// <summary>The most provinces a rank can be out of (63 before the 2025 merger, 34 since).</summary>
    public const int MaxProvinces = 100;

    public async Task<IReadOnlyList<StoredIndex766RuleSet>> ListRuleSetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Index766RuleSets.AsNoTracking().OrderBy(r => r.EffectiveFrom).ToListAsync(cancellationToken);
        return [.. records.Select(r => new StoredIndex766RuleSet(r.Id, r.Version, Index766RuleSetJson.ToRuleSet(r), r.UpdatedBy, r.UpdatedAtUtc))];
    }

    /// <summary>Replaces the numbers, source and months of the stored rule set <paramref name="id"/> (its codes and names stay).</summary>
    public async Task<string?> SaveRuleSetAsync(int id, int version, Index766RuleSet edited, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edited);
        await using var db = await contextFactory.CreateForAsync(actor, cancellationToken);
        var record = await db.Index766RuleSets.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return "Không còn bộ chỉ số này; hãy tải lại trang.";
        }

        if (record.Version != version)
        {
            return "Bộ chỉ số vừa được người khác sửa; hãy tải lại trang rồi sửa lại.";
        }

        var others = await db.Index766RuleSets.AsNoTracking().Where(r => r.Id != id).ToListAsync(cancellationToken);
        var refusal = Index766RuleSetChecks.Refusal(edited, Index766RuleSetJson.ToRuleSet(record), [.. others.Select(Index766RuleSetJson.ToRuleSet)]);
        if (refusal is not null)
        {
            return refusal;
        }

        var stored = Index766RuleSetJson.ToRecord(edited with { Source = edited.Source.Trim() });
        record.Source = stored.Source;
        record.EffectiveFrom = stored.EffectiveFrom;
        record.EffectiveTo = stored.EffectiveTo;
        record.RulesJson = stored.RulesJson;
        db.AuditReason = "Sửa bộ chỉ số 766";
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The national ranks entered, the latest month first.</summary>
    public async Task<IReadOnlyList<NationalRankEntry>> ListNationalRanksAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ranks = await db.NationalRanks.AsNoTracking().OrderByDescending(r => r.Month).ToListAsync(cancellationToken);
        return [.. ranks.Select(r => new NationalRankEntry(YearMonth.FromDate(r.Month), r.Rank, r.OutOf, r.Score, r.Source))];
    }

    /// <summary>Enters the province's national rank for a month, replacing what that month had.</summary>
    public async Task<string?> SaveNationalRankAsync(NationalRankEntry entry, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (NationalRankRefusal(entry) is { } refusal)
        {
            return refusal;
        }

        await using var db = await contextFactory.CreateForAsync(actor, cancellationToken);
        var month = entry.Month.FirstDay;
        var row = await db.NationalRanks.SingleOrDefaultAsync(r => r.Month == month, cancellationToken);
        if (row is null)
        {
            row = new NationalRank { Month = month, Source = string.Empty };
            db.NationalRanks.Add(row);
        }

        row.Rank = entry.Rank;
        row.OutOf = entry.OutOf;
        row.Score = entry.Score;
        row.Source = entry.Source.Trim();
        db.AuditReason = "Nhập thứ hạng toàn quốc chỉ số 766 tháng " + entry.Month;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static string? NationalRankRefusal(NationalRankEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!YearMonth.IsSupported(entry.Month))
        {
            return $"Tháng phải trong khoảng {YearMonth.FirstSupported} đến {YearMonth.LastSupported}.";
        }

        if (entry.OutOf is < 1 or > MaxProvinces)
        {
            return $"Số tỉnh, thành phố được xếp hạng phải từ 1 đến {MaxProvinces}.";
        }

        if (entry.Rank < 1 || entry.Rank > entry.OutOf)
        {
            return $"Thứ hạng phải từ 1 đến {entry.OutOf} (số tỉnh, thành phố được xếp hạng).";
        }

        if (entry.Score is < 0m or > 100m)
        {
            return "Điểm của tỉnh phải từ 0 đến 100 (để trống nếu nguồn chỉ công bố thứ hạng).";
        }

        return string.IsNullOrWhiteSpace(entry.Source) || entry.Source.Trim().Length > MaxSourceLength
            ? $"Cần ghi nguồn của thứ hạng (trang Cổng DVCQG, số và ngày văn bản), tối đa {MaxSourceLength} ký tự."
            : null;
    }
}
