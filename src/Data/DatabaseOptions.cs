using System.ComponentModel.DataAnnotations;

namespace TargetsDashboard.Data;

public enum DatabaseProvider
{
    Sqlite = 0,
    SqlServer = 1,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Name of the connection string under "ConnectionStrings".</summary>
    public const string ConnectionStringName = "Dashboard";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder of the embedded SQLite file when no connection string is given; relative to the app's content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>In demo mode (<see cref="DemoOptions.Enabled"/>), fill an empty database with generated figures; ignored outside it.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Last month of demo figures as yyyy-MM; empty means the last complete month.</summary>
    [RegularExpression(@"^(\d{4}-\d{2})?$")]
    public string? DemoEndMonth { get; set; }

    [Range(1, 120)]
    public int DemoMonths { get; set; } = 24;
}
