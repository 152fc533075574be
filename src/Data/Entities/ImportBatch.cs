namespace TargetsDashboard.Data.Entities;

/// <summary>How a batch treats figures that already exist for its month.</summary>
public enum ImportMode
{
    /// <summary>Writes only figures the month does not have yet; existing ones are left as they are.</summary>
    AddMissing = 0,

    /// <summary>Writes every figure in the batch, overwriting the existing ones of the units it contains.</summary>
    Replace = 1,
}

/// <summary>One committed batch of figures (an Excel upload or an API request): the import history.</summary>
public class ImportBatch
{
    public long Id { get; set; }

    /// <summary>First day of the month the batch is for.</summary>
    public DateOnly Month { get; set; }

    /// <summary><see cref="MeasurementSource.ExcelImport"/> or <see cref="MeasurementSource.Api"/>.</summary>
    public MeasurementSource Source { get; set; }

    public ImportMode Mode { get; set; }

    /// <summary>The uploaded file's name, or the API client's name.</summary>
    public required string Origin { get; set; }

    /// <summary>SHA-256 of the batch's content (hex): recognises the same file or request sent again.</summary>
    public required string ContentHash { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }

    public int RowsAdded { get; set; }

    public int RowsChanged { get; set; }

    public int RowsUnchanged { get; set; }

    public int RowsRejected { get; set; }
}
