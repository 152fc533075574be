namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>One month on the month-lock page: open or closed, and by whom and when.</summary>
public sealed record MonthLockRow(YearMonth Month, string MonthLabel, bool IsClosed, string StatusText, string? ClosedByText)
{
    public static MonthLockRow From(MonthLockState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new MonthLockRow(
            state.Month,
            "Tháng " + state.Month,
            state.IsClosed,
            state.IsClosed ? "Đã khóa sổ" : "Đang mở",
            state is { IsClosed: true, LockedAtUtc: { } at } ? $"{state.LockedBy}, {VietnameseFormat.LocalDateTime(at)}" : null);
    }
}
