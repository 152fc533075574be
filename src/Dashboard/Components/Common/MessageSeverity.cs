using MudBlazor;

namespace TargetsDashboard.Dashboard.Components.Common;

/// <summary>How a page colours what a save ended in: saved green, a conflict amber, a refusal or a failure red.</summary>
public static class MessageSeverity
{
    public static Severity Of(CorrectionMessageKind kind) => kind switch
    {
        CorrectionMessageKind.Saved => Severity.Success,
        CorrectionMessageKind.Conflict => Severity.Warning,
        _ => Severity.Error,
    };
}
