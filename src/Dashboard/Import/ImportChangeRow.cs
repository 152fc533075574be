using TargetsDashboard.Ingestion;

namespace TargetsDashboard.Dashboard.Import;

/// <summary>One change of an import as its detail page shows it: "5 → 8", or the value alone when new or unchanged.</summary>
public sealed record ImportChangeRow(string UnitCode, string UnitName, string IndicatorName, string Kind, string Numerator, string Denominator)
{
    public static ImportChangeRow From(ImportChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new ImportChangeRow(
            change.UnitCode,
            change.UnitName,
            change.IndicatorName,
            change.IsNew ? "Thêm mới" : "Thay đổi",
            Transition(change.IsNew, change.NumeratorBefore, change.NumeratorAfter),
            Transition(change.IsNew, change.DenominatorBefore, change.DenominatorAfter));
    }

    private static string Transition(bool isNew, long? before, long? after) => (isNew, before, after) switch
    {
        (true, _, { } value) => VietnameseFormat.Count(value),
        (false, { } old, { } value) => $"{VietnameseFormat.Count(old)} → {VietnameseFormat.Count(value)}",
        _ => "không đổi",
    };
}
