using TargetsDashboard.Kpi;

namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>The first page: the province's figures for one month, ready to print.</summary>
public sealed record HomeViewModel(
    string PeriodLabel,
    bool IsDemo,
    bool HasData,
    string? AsOfText,
    string CompletenessText,
    IReadOnlyList<IndicatorTile> Tiles,
    IReadOnlyList<GroupCompleteness> Groups);

/// <summary>One indicator's province figure.</summary>
public sealed record IndicatorTile(
    string Code,
    string Name,
    string RatioText,
    string FractionText,
    KpiStatus Status,
    string StatusText,
    string ThresholdText,
    string? TargetSource,
    string MeetingText,
    string? ChangeText,
    bool IsWorkingDefinition);

/// <summary>Completeness of one peer group: "95/95 xã, phường đã báo cáo".</summary>
public sealed record GroupCompleteness(string GroupName, int Reported, int Expected);
