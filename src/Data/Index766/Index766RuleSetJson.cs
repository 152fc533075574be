using System.Text.Json;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Index766;

/// <summary>The stored form of a 766 rule set: the groups as JSON, the source and dates as columns.</summary>
public static class Index766RuleSetJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(IReadOnlyList<Index766Group> groups) => JsonSerializer.Serialize(groups, Options);

    public static Index766RuleSet ToRuleSet(Index766RuleSetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var groups = JsonSerializer.Deserialize<List<Index766Group>>(record.RulesJson, Options)
            ?? throw new InvalidOperationException($"The 766 rule set #{record.Id} has no groups.");
        return new Index766RuleSet(
            record.Source,
            YearMonth.FromDate(record.EffectiveFrom),
            record.EffectiveTo is { } to ? YearMonth.FromDate(to) : null,
            groups);
    }

    public static Index766RuleSetRecord ToRecord(Index766RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new Index766RuleSetRecord
        {
            Source = ruleSet.Source,
            EffectiveFrom = ruleSet.EffectiveFrom.FirstDay,
            EffectiveTo = ruleSet.EffectiveTo?.FirstDay,
            RulesJson = Serialize(ruleSet.Groups),
        };
    }

    /// <summary>The sub-indicators as indicator rows of the 766 scorecard (codes and names as the portal writes them).</summary>
    public static IEnumerable<Indicator> ToIndicatorRows(Index766RuleSet ruleSet, int firstDisplayOrder = 100)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return ruleSet.SubIndicators.Select((s, i) => new Indicator
        {
            Code = s.Code,
            NameVi = s.NameVi,
            NameEn = s.Code,
            ShortNameVi = s.NameVi.Length <= 60 ? s.NameVi : s.NameVi[..60],
            NumeratorVi = s.IsRateOnly ? "Tỷ lệ do Cổng DVCQG công bố (%)" : s.NumeratorItemVi,
            DenominatorVi = s.IsRateOnly ? "100%" : "Tổng số " + (s.CountedOver == CountedOver.Procedures ? "TTHC" : "hồ sơ") + " được tính",
            NumeratorItemVi = s.NumeratorItemVi,
            CountedOver = s.CountedOver,
            Aggregation = Aggregation.Flow,
            DisplayOrder = firstDisplayOrder + i,
            Scorecard = ScorecardKind.Index766,
            DefinitionNoteVi = "Chỉ số thành phần Quyết định 766/QĐ-TTg: " + ruleSet.Source,
        });
    }
}
