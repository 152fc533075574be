namespace TargetsDashboard.Dashboard.ViewModels;

/// <summary>One choice of a period picker.</summary>
public sealed record PeriodOption(string Token, string Label);

/// <summary>The periods a user can pick, newest first, within the months that have figures.</summary>
public static class PeriodOptions
{
    public static IReadOnlyList<PeriodOption> For(PeriodKind kind, YearMonth? first, YearMonth? last)
    {
        if (first is not { } start || last is not { } end)
        {
            return [];
        }

        var periods = new List<Period>();
        switch (kind)
        {
            case PeriodKind.Month:
                for (var m = end; m >= start; m = m.AddMonths(-1))
                {
                    periods.Add(Period.ForMonth(m));
                }

                break;
            case PeriodKind.Quarter:
                for (var q = Period.ForQuarter(end.Year, end.Quarter); q.End >= start; q = q.Previous())
                {
                    periods.Add(q);
                }

                break;
            case PeriodKind.Year:
                for (var y = end.Year; y >= start.Year; y--)
                {
                    periods.Add(Period.ForYear(y));
                }

                break;
            default:
                for (var m = end; m >= start && m.Year >= start.Year; m = m.AddMonths(-1))
                {
                    periods.Add(Period.YearToDate(m));
                }

                break;
        }

        return periods.Select(p => new PeriodOption(p.ToToken(), VietnameseFormat.PeriodName(p))).ToList();
    }

    public static string KindLabel(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "Tháng",
        PeriodKind.Quarter => "Quý",
        PeriodKind.Year => "Năm",
        _ => "Lũy kế từ đầu năm",
    };

    /// <summary>When the user switches kind, the period of the new kind that holds the current period's last month.</summary>
    public static Period Convert(Period current, PeriodKind kind)
    {
        ArgumentNullException.ThrowIfNull(current);
        var end = current.End;
        return kind switch
        {
            PeriodKind.Month => Period.ForMonth(end),
            PeriodKind.Quarter => Period.ForQuarter(end.Year, end.Quarter),
            PeriodKind.Year => Period.ForYear(end.Year),
            _ => Period.YearToDate(end),
        };
    }
}
