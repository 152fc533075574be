using TargetsDashboard.Data.Index766;

namespace TargetsDashboard.Dashboard.ViewModels.Index766;

/// <summary>The national rank entry form as it binds: the month as the browser's month input gives it (yyyy-MM).</summary>
public sealed class NationalRankForm
{
    /// <summary>Provinces and cities ranked since the 2025 merger, until an entry says otherwise.</summary>
    public const int ProvincesSince2025 = 34;

    public string? Month { get; set; }

    public int Rank { get; set; } = 1;

    public int OutOf { get; set; } = ProvincesSince2025;

    public decimal? Score { get; set; }

    public string? Source { get; set; }

    /// <summary>Starts from the month after the latest entry, ranked out of as many provinces (each month's source is its own).</summary>
    public void StartFrom(NationalRankEntry? latest)
    {
        if (latest is null)
        {
            return;
        }

        Month = (latest.Month < YearMonth.LastSupported ? latest.Month.AddMonths(1) : latest.Month).ToIsoString();
        OutOf = latest.OutOf;
    }

    /// <summary>The entry to store, or a refusal when the month cannot be read (the store checks the rest).</summary>
    public (NationalRankEntry? Entry, string? Refusal) ToEntry() =>
        YearMonth.TryParseIso(Month, out var month)
            ? (new NationalRankEntry(month, Rank, OutOf, Score, Source ?? string.Empty), null)
            : (null, $"Cần chọn tháng (từ {YearMonth.FirstSupported} đến {YearMonth.LastSupported}).");
}
