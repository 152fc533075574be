namespace TargetsDashboard.Dashboard.Components.Common;

public partial class ProvinceReportLinks
{
    /// <summary>The period on screen; null when there are no figures at all.</summary>
    [Parameter]
    public Period? Period { get; set; }

    /// <summary>Only a month has a summary and a zip (they are monthly documents).</summary>
    private string? MonthToken => Period is { Kind: PeriodKind.Month } month ? month.ToToken() : null;

    /// <summary>A month exports its year to date; a quarter or a year exports its own months.</summary>
    private static string ExportFrom(Period period) =>
        (period.Kind == PeriodKind.Month ? new YearMonth(period.End.Year, 1) : period.Start).ToIsoString();

    private static string ExportFromLabel(Period period) =>
        (period.Kind == PeriodKind.Month ? new YearMonth(period.End.Year, 1) : period.Start).ToString();
}
