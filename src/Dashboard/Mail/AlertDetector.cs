using Microsoft.Extensions.Options;

namespace TargetsDashboard.Dashboard.Mail;

/// <summary>
/// Finds the alerts of a month from the KPI engine (the figures' one set of rules) and from the reporting round (<see cref="LateUnitsSource"/>):
/// an indicator met the month before and not met now, a fall of <see cref="MailOptions.AlertRankFall"/> places or more,
/// a month not sent by its deadline. One alert per kind and unit, with a line per reason.
/// </summary>
public sealed class AlertDetector(KpiDataSource data, LateUnitsSource late, IOptionsMonitor<MailOptions> options)
{
    /// <summary>The met → not met and ranking alerts of <paramref name="month"/>.</summary>
    public async Task<IReadOnlyList<UnitAlert>> FiguresAsync(YearMonth month, CancellationToken cancellationToken)
    {
        var engine = (await data.GetAsync(cancellationToken)).Engine;
        var period = Period.ForMonth(month);
        var previous = period.Previous();
        var alerts = new List<UnitAlert>();
        foreach (var unit in engine.ActiveUnits(null, period))
        {
            var lines = new List<string>();
            foreach (var indicator in engine.Indicators)
            {
                var now = engine.Evaluate(unit.UnitId, indicator.Code, period);
                if (now.Status != KpiStatus.NotMet || engine.Evaluate(unit.UnitId, indicator.Code, previous).Status != KpiStatus.Met)
                {
                    continue;
                }

                lines.Add($"{indicator.NameVi}: {VietnameseFormat.Percent(now.Value.Ratio)}, chưa đạt chỉ tiêu {VietnameseFormat.Threshold(now.Target)}"
                    + $" (tháng {VietnameseFormat.Month(month.AddMonths(-1))} đạt {VietnameseFormat.Percent(now.Previous.Ratio)}).");
            }

            if (lines.Count > 0)
            {
                alerts.Add(new UnitAlert(AlertKind.NotMet, unit, month, lines));
            }
        }

        var fall = options.CurrentValue.AlertRankFall;
        foreach (var group in Enum.GetValues<PeerGroup>())
        {
            var ranking = engine.Rank(group, period);
            var ranked = engine.RankedCount(group, period);
            foreach (var entry in ranking.Entries.Where(e => e.RankChange <= -fall))
            {
                alerts.Add(new UnitAlert(AlertKind.RankFall, entry.Score.Unit, month,
                    [$"Xếp hạng {VietnameseFormat.OutOf(entry.Rank!.Value, ranked)} trong khối {VietnameseFormat.PeerGroupInSentence(group)}, {VietnameseFormat.RankChangeText(entry.RankChange)} so với tháng {VietnameseFormat.Month(month.AddMonths(-1))}."]));
            }
        }

        return alerts;
    }

    /// <summary>The "not submitted by the deadline" alerts of <paramref name="month"/>.</summary>
    public async Task<IReadOnlyList<UnitAlert>> LateAsync(YearMonth month, CancellationToken cancellationToken)
    {
        var missing = await late.ForMonthAsync(month, cancellationToken);
        if (missing.UnitCodes.Count == 0)
        {
            return [];
        }

        var engine = (await data.GetAsync(cancellationToken)).Engine;
        var deadline = VietnameseFormat.Date(missing.Deadline.LastDay);
        return [.. missing.UnitCodes.Select(engine.FindUnit).OfType<UnitInfo>().Select(unit => new UnitAlert(AlertKind.Late, unit, month,
            [$"Chưa nộp báo cáo tháng {VietnameseFormat.Month(month)} của {unit.NameIn(Period.ForMonth(month))}; hạn nộp là 23:59 ngày {deadline}."]))];
    }
}
