namespace TargetsDashboard.Dashboard.Security;

/// <summary>The "Accounts" configuration section.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>In demo mode (Demo:Enabled, never in Production), create one demo account per role; ignored outside demo mode.</summary>
    public bool SeedDemoAccounts { get; set; } = true;

    /// <summary>First administrator of a fresh production database: created once when no administrator exists.</summary>
    public string? InitialAdminUserName { get; set; }

    public string? InitialAdminPassword { get; set; }

    /// <summary>The first administrator's e-mail address (optional; alerts and reports need one).</summary>
    public string? InitialAdminEmail { get; set; }

    /// <summary>
    /// Lets unit heads open other units' detail pages and reports. Off by default: a unit head sees peers' ratios and
    /// ranks (as the national portal publishes them) but not their monthly detail.
    /// </summary>
    public bool UnitHeadsSeePeerDetail { get; set; }
}
