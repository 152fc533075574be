namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>
/// A unit's name linked to its page where the user may open it, for short lists (leaders' summary, movers); tables
/// with a row a unit use <see cref="UnitListComponent.UnitName"/> inline instead.
/// </summary>
public partial class UnitLink
{
    [Parameter, EditorRequired]
    public string UnitCode { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Name { get; set; } = string.Empty;

    /// <summary>The unit's detail page with the period being viewed (<see cref="ViewModels.Links.Unit"/>).</summary>
    [Parameter, EditorRequired]
    public string Href { get; set; } = string.Empty;

    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? AdditionalAttributes { get; set; }
}
