using TargetsDashboard.Formatting;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Index766;

/// <summary>
/// What an edited 766 rule set must satisfy before it is stored, given what <see cref="Index766Calculator"/> assumes:
/// points and rates bounded, a plain group's maximum equal to its sub-indicators' sum (the cap then changes nothing),
/// a formula group's maximum no more than that sum (else the group could never reach it), months in force that do not
/// overlap another version's (a month is scored by one rule set).
/// </summary>
public static class Index766RuleSetChecks
{
    public const decimal MaxPointsLimit = 100m;

    /// <summary>The first refusal in Vietnamese, or null.</summary>
    /// <param name="stored">The version being edited: its groups and sub-indicators (codes, order, shown-only) must stay.</param>
    /// <param name="others">The other stored versions.</param>
    public static string? Refusal(Index766RuleSet edited, Index766RuleSet stored, IReadOnlyList<Index766RuleSet> others)
    {
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(others);
        if (string.IsNullOrWhiteSpace(edited.Source) || edited.Source.Trim().Length > Index766Administration.MaxSourceLength)
        {
            return $"Cần ghi nguồn của bộ chỉ số (văn bản, trang Cổng DVCQG), tối đa {Index766Administration.MaxSourceLength} ký tự.";
        }

        if (!YearMonth.IsSupported(edited.EffectiveFrom) || edited.EffectiveTo is { } last && !YearMonth.IsSupported(last))
        {
            return $"Tháng hiệu lực phải trong khoảng {YearMonth.FirstSupported} đến {YearMonth.LastSupported}.";
        }

        if (edited.EffectiveTo is { } to && to < edited.EffectiveFrom)
        {
            return "Tháng hết hiệu lực phải từ tháng bắt đầu hiệu lực trở đi.";
        }

        if (others.FirstOrDefault(o => Overlaps(o, edited)) is { } other)
        {
            return $"Thời gian hiệu lực trùng với bộ chỉ số áp dụng từ tháng {other.EffectiveFrom}{(other.EffectiveTo is { } end ? " đến tháng " + end : string.Empty)}.";
        }

        if (!SameShape(edited, stored))
        {
            return "Bộ chỉ số đã thay đổi cấu trúc (nhóm, chỉ số thành phần); hãy tải lại trang rồi sửa lại.";
        }

        return edited.Groups.Select(GroupRefusal).FirstOrDefault(r => r is not null);
    }

    private static string? GroupRefusal(Index766Group group)
    {
        foreach (var sub in group.SubIndicators)
        {
            if (sub.MaxPoints < 0m || sub.MaxPoints > MaxPointsLimit)
            {
                return $"Điểm tối đa của chỉ số “{sub.NameVi}” phải từ 0 đến {Points(MaxPointsLimit)} (đã nhập {Points(sub.MaxPoints)}).";
            }

            if (!sub.IsScored && sub.MaxPoints != 0m)
            {
                return $"Chỉ số “{sub.NameVi}” chỉ để hiển thị, không tính điểm: điểm tối đa phải là 0.";
            }

            if (sub.FullAt <= 0m || sub.FullAt > 1m)
            {
                return $"Tỷ lệ đạt đủ điểm của chỉ số “{sub.NameVi}” phải lớn hơn 0% và không quá 100% (đã nhập {Points(sub.FullAt * 100m)}%).";
            }
        }

        if (group.MaxPoints < 0m || group.MaxPoints > MaxPointsLimit)
        {
            return $"Điểm tối đa của nhóm “{group.NameVi}” phải từ 0 đến {Points(MaxPointsLimit)} (đã nhập {Points(group.MaxPoints)}).";
        }

        var sum = group.SubIndicators.Sum(s => s.MaxPoints);
        if (group.FormulaVi is null && group.MaxPoints != sum)
        {
            return $"Nhóm “{group.NameVi}” cộng điểm các chỉ số thành phần: điểm tối đa của nhóm ({Points(group.MaxPoints)}) phải bằng tổng điểm tối đa của chúng ({Points(sum)}).";
        }

        return group.MaxPoints > sum
            ? $"Nhóm “{group.NameVi}”: điểm tối đa của nhóm ({Points(group.MaxPoints)}) lớn hơn tổng điểm tối đa các số hạng ({Points(sum)}), nên nhóm không bao giờ đạt đủ điểm."
            : null;
    }

    private static bool Overlaps(Index766RuleSet a, Index766RuleSet b) =>
        (a.EffectiveTo is null || b.EffectiveFrom <= a.EffectiveTo.Value) && (b.EffectiveTo is null || a.EffectiveFrom <= b.EffectiveTo.Value);

    private static bool SameShape(Index766RuleSet edited, Index766RuleSet stored) =>
        edited.Groups.Count == stored.Groups.Count
        && edited.Groups.Zip(stored.Groups).All(p => p.First.Code == p.Second.Code
            && p.First.SubIndicators.Select(s => (s.Code, s.IsScored, s.IsRateOnly)).SequenceEqual(p.Second.SubIndicators.Select(s => (s.Code, s.IsScored, s.IsRateOnly))));

    private static string Points(decimal value) => value.ToString("0.##", Vietnam.Culture);
}
