namespace TargetsDashboard.Reporting;

/// <summary>Settings of the reports: who issues them, where, and how PDFs are printed.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>The province, as written in the place line: "Đồng Nai, ngày …".</summary>
    public string ProvinceName { get; set; } = "Đồng Nai";

    /// <summary>The body above every unit in the header (Decree 30/2020: the parent body, upper case).</summary>
    public string ParentBody { get; set; } = "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI";

    /// <summary>Chromium used to print PDFs. CHROMIUM_PATH overrides it.</summary>
    public string ChromiumPath { get; set; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>
    /// A browser installed on the server to print with instead of <see cref="ChromiumPath"/>: Playwright's channel
    /// name, e.g. "msedge" for the Edge of a Windows server. Empty: Chromium at <see cref="ChromiumPath"/>.
    /// </summary>
    public string? BrowserChannel { get; set; }

    /// <summary>How many PDFs are printed at the same time by the one browser.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;
}
