using System.ComponentModel.DataAnnotations;

namespace TargetsDashboard.Data.Backups;

/// <summary>Scheduled backups of the SQLite database; keys of the "Database" section.</summary>
public sealed class BackupOptions : IValidatableObject
{
    /// <summary>Where scheduled backups go (relative to the content root); empty: no scheduled backups.</summary>
    public string? BackupFolder { get; set; }

    /// <summary>How many scheduled backups are kept; older ones are deleted after each new one.</summary>
    [Range(1, 1000)]
    public int BackupKeep { get; set; } = 14;

    /// <summary>Time between two scheduled backups; the first is taken one interval after the start.</summary>
    public TimeSpan BackupInterval { get; set; } = TimeSpan.FromDays(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(BackupFolder);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BackupInterval < TimeSpan.FromSeconds(1) || BackupInterval > TimeSpan.FromDays(31))
        {
            yield return new ValidationResult(
                "Database:BackupInterval must be between 00:00:01 and 31.00:00:00 (for example 1.00:00:00 for daily backups).",
                [nameof(BackupInterval)]);
        }
    }
}
