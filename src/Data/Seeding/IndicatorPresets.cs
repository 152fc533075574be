namespace TargetsDashboard.Data.Seeding;

/// <summary>Sets of indicators with their targets that an administrator applies in one step, or configuration at first start.</summary>
public static class IndicatorPresets
{
    /// <summary>The five indicators of the 2025 directive on administrative-procedure reform, with its targets.</summary>
    public const string Directive2025 = "directive-2025";

    public static IReadOnlyList<string> Names { get; } = [Directive2025];

    public static bool IsKnown(string? name) => name is not null && Names.Contains(name.Trim(), StringComparer.Ordinal);
}
