using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace TargetsDashboard.Data;

/// <summary>Reads provider errors that mean "someone else wrote this first", as opposed to a fault.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>True for a unique or primary key violation, whether EF wrapped the provider's error or not.</summary>
    public static bool IsUniqueViolation(Exception exception) => exception switch
    {
        DbUpdateException { InnerException: { } inner } => IsUniqueViolation(inner),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
