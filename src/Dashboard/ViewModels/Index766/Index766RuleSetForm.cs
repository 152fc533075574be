using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Dashboard.ViewModels.Index766;

/// <summary>
/// A stored 766 rule set as its edit form binds it: the numbers an administrator may change (maxima, full-points rate
/// in percent, what a zero denominator earns), the source and months; names, codes and formulas stay as stored.
/// </summary>
public sealed class Index766RuleSetForm
{
    private readonly Index766RuleSet _stored;

    public Index766RuleSetForm(StoredIndex766RuleSet stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _stored = stored.RuleSet;
        Id = stored.Id;
        Version = stored.Version;
        Source = stored.RuleSet.Source;
        FromMonth = stored.RuleSet.EffectiveFrom.ToIsoString();
        ToMonth = stored.RuleSet.EffectiveTo?.ToIsoString();
        UpdatedText = string.IsNullOrEmpty(stored.UpdatedBy) ? null
            : $"Sửa lần cuối bởi {stored.UpdatedBy} lúc {VietnameseFormat.DateTime(Vietnam.ToLocalTime(stored.UpdatedAtUtc))}";
        Groups = [.. stored.RuleSet.Groups.Select(g => new GroupRow(g))];
    }

    public int Id { get; }

    public int Version { get; }

    public string? Source { get; set; }

    /// <summary>yyyy-MM, as the browser's month input gives it.</summary>
    public string? FromMonth { get; set; }

    /// <summary>yyyy-MM; empty while the rule set is open.</summary>
    public string? ToMonth { get; set; }

    public string? UpdatedText { get; }

    public IReadOnlyList<GroupRow> Groups { get; }

    public string TotalMaxText => VietnameseFormat.MaxPoints766(Groups.Sum(g => g.MaxPoints));

    /// <summary>The rule set to store, or a refusal when a month cannot be read.</summary>
    public (Index766RuleSet? RuleSet, string? Refusal) ToRuleSet()
    {
        if (!YearMonth.TryParseIso(FromMonth, out var from))
        {
            return (null, "Cần chọn tháng bắt đầu hiệu lực (từ 01/2000 đến 12/2099).");
        }

        YearMonth? to = null;
        if (!string.IsNullOrWhiteSpace(ToMonth))
        {
            if (!YearMonth.TryParseIso(ToMonth, out var last))
            {
                return (null, "Tháng hết hiệu lực phải từ 01/2000 đến 12/2099, hoặc để trống.");
            }

            to = last;
        }

        return (_stored with { Source = Source ?? string.Empty, EffectiveFrom = from, EffectiveTo = to, Groups = [.. Groups.Select(g => g.ToGroup())] }, null);
    }

    public sealed class GroupRow(Index766Group group)
    {
        public string Code => group.Code;

        public string Name => group.NameVi;

        public string? Formula => group.FormulaVi;

        public decimal MaxPoints { get; set; } = group.MaxPoints;

        public IReadOnlyList<SubRow> SubIndicators { get; } = [.. group.SubIndicators.Select(s => new SubRow(s))];

        public string SubTotalText => VietnameseFormat.MaxPoints766(SubIndicators.Sum(s => s.MaxPoints));

        public Index766Group ToGroup() => group with { MaxPoints = MaxPoints, SubIndicators = [.. SubIndicators.Select(s => s.ToSubIndicator())] };
    }

    public sealed class SubRow(Index766SubIndicator sub)
    {
        public string Code => sub.Code;

        public string Name => sub.NameVi;

        public bool IsScored => sub.IsScored;

        public decimal MaxPoints { get; set; } = sub.MaxPoints;

        /// <summary>The full-points rate in percent (80 for 80%).</summary>
        public decimal FullAtPercent { get; set; } = sub.FullAt * 100m;

        public bool ZeroEarnsFull { get; set; } = sub.ZeroDenominator == ZeroDenominatorRule.EarnsFull;

        public Index766SubIndicator ToSubIndicator() => sub with
        {
            MaxPoints = MaxPoints,
            FullAt = FullAtPercent / 100m,
            ZeroDenominator = ZeroEarnsFull ? ZeroDenominatorRule.EarnsFull : ZeroDenominatorRule.EarnsNothing,
        };
    }
}
