using TargetsDashboard.Data.Figures;
using TargetsDashboard.Kpi;

namespace TargetsDashboard.Data.Submissions.Prepare;

/// <summary>
/// Figures that pass the rules but look wrong enough that the unit explains them before sending: a denominator that
/// moves by more than half since last month, a stock indicator that falls, the very same figures as last month, and a
/// zero denominator (shown as unknown).
/// </summary>
public static class SubmissionWarnings
{
    public static IReadOnlyList<string> For(SubmissionIndicator indicator, long? numerator, long? denominator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (numerator is not { } n || denominator is not { } d)
        {
            return [];
        }

        var warnings = new List<string>();
        if (d == 0 && indicator.AllowsZeroDenominator)
        {
            warnings.Add(FigureMessages.ZeroDenominatorUnknown(indicator.ShortName));
        }

        if (indicator.LastMonth is { } last)
        {
            if (last.Denominator > 0 && Math.Abs(d - last.Denominator) * 2 > last.Denominator)
            {
                warnings.Add($"Mẫu số thay đổi hơn một nửa so với tháng trước: từ {FigureMessages.Count(last.Denominator)} thành {FigureMessages.Count(d)}.");
            }

            if (indicator.Aggregation == Aggregation.Stock && n < last.Numerator)
            {
                warnings.Add($"Chỉ tiêu tính theo số cuối kỳ mà tử số giảm so với tháng trước: từ {FigureMessages.Count(last.Numerator)} xuống {FigureMessages.Count(n)}.");
            }

            if (n == last.Numerator && d == last.Denominator)
            {
                warnings.Add($"Số liệu giống hệt tháng trước ({FigureMessages.Count(n)}/{FigureMessages.Count(d)}): hãy xác nhận không phải chép lại số cũ.");
            }
        }

        return warnings;
    }

    public const string NeedsExplanation = "cần giải trình ngắn cho cảnh báo trước khi nộp.";
}
