namespace TargetsDashboard.Data.Entities;

/// <summary>One change to an audited row, written by <see cref="Auditing.AuditInterceptor"/> in the same transaction.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Entity name, e.g. "Measurement".</summary>
    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; set; }

    /// <summary>Changed properties before the change, as JSON; null for an insert.</summary>
    public string? OldValues { get; set; }

    /// <summary>Changed properties after the change, as JSON; null for a delete.</summary>
    public string? NewValues { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Why the change was made, when the caller said.</summary>
    public string? Reason { get; set; }

    /// <summary>The import (Excel upload or API request) that made the change, if one did.</summary>
    public long? ImportBatchId { get; set; }
}
