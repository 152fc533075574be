namespace TargetsDashboard.Dashboard.Components.Common;

public partial class UnitReportButtons
{
    [Parameter, EditorRequired]
    public string UnitCode { get; set; } = string.Empty;

    /// <summary>The report's month as a URL token, 2025-10.</summary>
    [Parameter, EditorRequired]
    public string MonthToken { get; set; } = string.Empty;
}
